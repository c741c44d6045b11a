// A tiny PDF writer for the viewer's fixtures and benchmark: pages of text lines in
// Helvetica (WinAnsi, so Dutch accents work), an image-only page (a "scan"), the standard
// password security (RC4, 40 bits: PDF 1.1, enough to make a viewer ask), and broken files.
// Deterministic: the same input gives the same bytes. No dependencies.
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';

/** The padding string of the standard security handler (PDF 32000-1, 7.6.3.3). */
const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

const md5 = (...parts) => {
  const hash = createHash('md5');
  for (const part of parts) hash.update(part);
  return hash.digest();
};

function rc4(key, data) {
  const s = [...Array(256).keys()];
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
    out[n] = data[n] ^ s[(s[i] + s[j]) & 255];
  }
  return out;
}

const padded = (password) => Buffer.concat([Buffer.from(password, 'latin1'), PAD]).subarray(0, 32);

/** A PDF string literal of latin-1 text: ( ) \ and bytes outside ASCII escaped. */
function literal(bytes) {
  let out = '(';
  for (const byte of bytes) {
    if (byte === 0x28 || byte === 0x29 || byte === 0x5c) out += `\\${String.fromCharCode(byte)}`;
    else if (byte < 0x20 || byte > 0x7e) out += `\\${byte.toString(8).padStart(3, '0')}`;
    else out += String.fromCharCode(byte);
  }
  return `${out})`;
}

/**
 * @typedef {{ lines: string[] } | { image: true }} PageSpec
 * @param {{ pages: PageSpec[], password?: string, title?: string }} spec
 * @returns {Buffer}
 */
export function makePdf({ pages, password, title = 'Holding Space Companion test' }) {
  /** @type {(string | Buffer)[][]} object bodies by number (1-based) */
  const objects = [];
  const add = () => objects.push(null) && objects.length;
  const catalog = add();
  const pagesObj = add();
  const font = add();
  const info = add();
  const fileId = md5(Buffer.from(JSON.stringify(pages)), Buffer.from(password ?? ''));

  let key = null;
  let encryptObj = 0;
  let ownerValue = null;
  let userValue = null;
  const permissions = -4; // everything allowed
  if (password !== undefined) {
    // Algorithm 3 (owner value, R2), 2 (the file key, 5 bytes), 4 (user value, R2).
    const ownerKey = md5(padded(password)).subarray(0, 5);
    ownerValue = rc4(ownerKey, padded(password));
    const p = Buffer.alloc(4);
    p.writeInt32LE(permissions);
    key = md5(padded(password), ownerValue, p, fileId).subarray(0, 5);
    userValue = rc4(key, PAD);
    encryptObj = add();
  }
  /** Encrypts a string or stream of object `num` (Algorithm 1). */
  const crypt = (num, data) => {
    if (!key) return data;
    const objectKey = md5(key, Buffer.from([num & 255, (num >> 8) & 255, num >> 16, 0, 0]));
    return rc4(objectKey.subarray(0, Math.min(key.length + 5, 16)), data);
  };
  const str = (num, text) => literal(crypt(num, Buffer.from(text, 'latin1')));
  const stream = (num, dict, data) => [
    `<< ${dict} /Length ${data.length} >>\nstream\n`,
    crypt(num, data),
    '\nendstream',
  ];

  const pageNums = [];
  for (const page of pages) {
    const pageNum = add();
    const contentNum = add();
    pageNums.push(pageNum);
    let resources = `/Font << /F1 ${font} 0 R >>`;
    let content;
    if ('image' in page) {
      // A "scan": one grey picture of a page, no text at all.
      const imageNum = add();
      const pixels = Buffer.alloc(64 * 64);
      for (let i = 0; i < pixels.length; i++) pixels[i] = ((i * 7 + (i >> 6) * 13) % 96) + 150;
      objects[imageNum - 1] = stream(
        imageNum,
        '/Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray /BitsPerComponent 8',
        pixels,
      );
      resources = `/XObject << /Im1 ${imageNum} 0 R >>`;
      content = 'q 460 0 0 640 76 100 cm /Im1 Do Q';
    } else {
      const parts = ['BT /F1 12 Tf 16 TL 72 740 Td'];
      for (const line of page.lines) {
        parts.push(`${literal(Buffer.from(line, 'latin1'))} Tj T*`);
      }
      parts.push('ET');
      // Inside an encrypted content stream the strings stay plain: the stream is encrypted whole.
      content = parts.join('\n');
    }
    objects[contentNum - 1] = stream(contentNum, '', Buffer.from(content, 'latin1'));
    objects[pageNum - 1] = [
      `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 612 792] ` +
        `/Resources << ${resources} >> /Contents ${contentNum} 0 R >>`,
    ];
  }
  objects[catalog - 1] = [`<< /Type /Catalog /Pages ${pagesObj} 0 R >>`];
  objects[pagesObj - 1] = [
    `<< /Type /Pages /Kids [${pageNums.map((n) => `${n} 0 R`).join(' ')}] /Count ${pageNums.length} >>`,
  ];
  objects[font - 1] = [
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  objects[info - 1] = [`<< /Title ${str(info, title)} /Producer ${str(info, 'make-pdf.mjs')} >>`];
  if (encryptObj) {
    objects[encryptObj - 1] = [
      `<< /Filter /Standard /V 1 /R 2 /Length 40 /O <${ownerValue.toString('hex')}> ` +
        `/U <${userValue.toString('hex')}> /P ${permissions} >>`,
    ];
  }

  const chunks = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = chunks[0].length;
  const offsets = [];
  objects.forEach((body, index) => {
    offsets.push(offset);
    const parts = [`${index + 1} 0 obj\n`, ...body, '\nendobj\n'].map((part) =>
      typeof part === 'string' ? Buffer.from(part, 'latin1') : part,
    );
    for (const part of parts) {
      chunks.push(part);
      offset += part.length;
    }
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${info} 0 R ` +
      `/ID [<${fileId.toString('hex')}> <${fileId.toString('hex')}>]` +
      (encryptObj ? ` /Encrypt ${encryptObj} 0 R` : '') +
      ' >>',
    'startxref',
    String(offset),
    '%%EOF',
    '',
  ].join('\n');
  chunks.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(chunks);
}

/** Starts like a PDF, then nothing a reader can use. */
export function makeBrokenPdf() {
  const junk = Buffer.alloc(2048);
  for (let i = 0; i < junk.length; i++) junk[i] = (i * 31 + 7) % 251;
  return Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R\n'), junk]);
}

/** English and Dutch care text, one language a page (the viewer's main fixture). */
export const CARE_PAGES = [
  {
    lines: [
      'Holding space for the people we support',
      'Holding space means walking alongside someone without judging them.',
      'When a helper slips into the rescuer role, the drama triangle is never far away.',
      'Long days of caring for others can lead to compassion fatigue and secondary',
      'traumatic stress, so every helper needs support and supervision of their own.',
      'Respect for autonomy leaves the other person their own decisions to make.',
      'A trauma-informed approach puts safety, choice and trust first in every contact.',
    ],
  },
  {
    lines: [
      'Ruimte houden voor de mensen die we helpen',
      'Wie in de dramadriehoek de rol van redder kiest, neemt de ander zijn eigen regie af.',
      'In een gedwongen kader is zelfregie moeilijk, maar nooit helemaal onmogelijk.',
      'Holding space betekent er zijn zonder oordeel en zonder de ander te willen redden.',
      'Een hulpverlener let op compassiemoeheid en zorgt ook goed voor zichzelf.',
      'Traumasensitief werken begint bij veiligheid, voorspelbaarheid en echte aandacht.',
    ],
  },
];

/** Every fixture the viewer's tests open, by file name. */
export function viewerFixtures() {
  return {
    'care-en-nl.pdf': makePdf({ pages: CARE_PAGES, title: 'Holding space (test)' }),
    'scan.pdf': makePdf({ pages: [{ image: true }], title: 'A scanned page (test)' }),
    'password.pdf': makePdf({ pages: [CARE_PAGES[0]], password: 'steun', title: 'Locked' }),
    'broken.pdf': makeBrokenPdf(),
    'not-a-pdf.pdf': Buffer.from(
      '<!doctype html><title>Sign in</title><p>Please sign in to download this file.</p>\n',
    ),
  };
}

/** A long report: `count` pages, each with a care term or two among ordinary lines. */
export function makeLongPdf(count) {
  const pages = [];
  for (let n = 1; n <= count; n++) {
    const lines = [`Report page ${n}`];
    for (let line = 0; line < 36; line++) {
      lines.push(
        line % 12 === 3
          ? `Line ${line}: the team talked about holding space and the drama triangle again.`
          : `Line ${line}: the meeting went on with plans, dates, rooms and other practical things.`,
      );
    }
    pages.push({ lines });
  }
  return makePdf({ pages, title: `A report of ${count} pages` });
}
