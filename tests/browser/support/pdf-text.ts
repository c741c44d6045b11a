import { inflateSync } from 'node:zlib';

/**
 * Reads back what a PDF made by Chromium's print-to-PDF (Skia) says: its pages, their size
 * and the text drawn on each. Only what Skia writes is understood: plain objects (no object
 * streams), Flate-compressed content, Type0 fonts with a ToUnicode map and text shown as
 * hex strings with Tj / TJ. Enough to check a printed page, not a general PDF reader.
 */
export interface PdfPage {
  /** Width and height in points (1/72 inch). */
  width: number;
  height: number;
  /** The text runs drawn on the page, in drawing order. */
  runs: string[];
}

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const objects = new Map<number, PdfObject>();
  const text = pdf.toString('latin1');
  const start = /(\d+) 0 obj\b/g;
  let match: RegExpExecArray | null;
  while ((match = start.exec(text))) {
    const bodyStart = match.index + match[0].length;
    const end = text.indexOf('endobj', bodyStart);
    if (end < 0) break;
    const body = text.slice(bodyStart, end);
    const streamAt = body.indexOf('stream');
    const object: PdfObject = { dict: streamAt >= 0 ? body.slice(0, streamAt) : body };
    if (streamAt >= 0) {
      let from = bodyStart + streamAt + 'stream'.length;
      if (text[from] === '\r') from++;
      if (text[from] === '\n') from++;
      const to = text.lastIndexOf('endstream', end);
      const raw = pdf.subarray(from, to);
      object.stream = object.dict.includes('/FlateDecode') ? inflateSync(raw) : raw;
    }
    objects.set(Number(match[1]), object);
    start.lastIndex = end;
  }
  return objects;
}

const ref = (dict: string, key: string): number | null => {
  const found = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
  return found ? Number(found[1]) : null;
};

/** UTF-16BE hex (as in a ToUnicode map) to a string. */
function utf16(hex: string): string {
  const units: number[] = [];
  for (let i = 0; i + 4 <= hex.length; i += 4) units.push(parseInt(hex.slice(i, i + 4), 16));
  return String.fromCharCode(...units);
}

/** A font's ToUnicode map: glyph code (4 hex digits, upper case) to text. */
function toUnicode(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const key = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, text] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      map.set(code!.toUpperCase(), utf16(text!));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const ranges = block[1]!.matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g,
    );
    for (const [, low, high, target] of ranges) {
      const from = parseInt(low!, 16);
      const to = parseInt(high!, 16);
      if (target!.startsWith('[')) {
        const items = [...target!.matchAll(/<([0-9A-Fa-f]+)>/g)].map((m) => utf16(m[1]!));
        items.forEach((item, i) => map.set(key(from + i), item));
      } else {
        const first = parseInt(target!.slice(1, -1), 16);
        for (let code = from; code <= to; code++) {
          map.set(key(code), String.fromCharCode(first + code - from));
        }
      }
    }
  }
  return map;
}

function pageFonts(
  objects: Map<number, PdfObject>,
  page: PdfObject,
): Map<string, Map<string, string>> {
  const fonts = new Map<string, Map<string, string>>();
  const resourcesRef = ref(page.dict, 'Resources');
  const resources = resourcesRef === null ? page.dict : (objects.get(resourcesRef)?.dict ?? '');
  const fontDict = /\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? '';
  for (const [, name, num] of fontDict.matchAll(/\/(\S+?)\s+(\d+) 0 R/g)) {
    const font = objects.get(Number(num));
    const cmapRef = font ? ref(font.dict, 'ToUnicode') : null;
    const cmap = cmapRef === null ? undefined : objects.get(cmapRef)?.stream;
    fonts.set(name!, cmap ? toUnicode(cmap.toString('latin1')) : new Map<string, string>());
  }
  return fonts;
}

/** The text of a content stream, one run per text object (BT … ET) or font change. */
function contentRuns(content: string, fonts: Map<string, Map<string, string>>): string[] {
  const runs: string[] = [];
  let font = new Map<string, string>();
  let current = '';
  const flush = () => {
    if (current.trim() !== '') runs.push(current);
    current = '';
  };
  const decode = (hex: string) => {
    let out = '';
    for (let i = 0; i + 4 <= hex.length; i += 4) {
      out += font.get(hex.slice(i, i + 4).toUpperCase()) ?? '\uFFFD';
    }
    return out;
  };
  const tokens = /\/([^\s/<>[\]()]+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj|\[([^\]]*)\]\s*TJ|\bET\b/g;
  for (const [whole, fontName, hex, array] of content.matchAll(tokens)) {
    if (fontName !== undefined) {
      flush();
      font = fonts.get(fontName) ?? new Map<string, string>();
    } else if (hex !== undefined) {
      current += decode(hex);
    } else if (array !== undefined) {
      for (const [, part] of array.matchAll(/<([0-9A-Fa-f]*)>/g)) current += decode(part!);
    } else if (whole === 'ET') {
      flush();
    }
  }
  flush();
  return runs;
}

export function readPdf(pdf: Buffer): PdfPage[] {
  const objects = readObjects(pdf);
  const pages: PdfPage[] = [];
  for (const object of objects.values()) {
    if (!/\/Type\s*\/Page(?![a-zA-Z])/.test(object.dict)) continue;
    const box = /\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/.exec(
      object.dict,
    );
    const fonts = pageFonts(objects, object);
    const contentRefs = (() => {
      const single = ref(object.dict, 'Contents');
      if (single !== null) return [single];
      const list = /\/Contents\s*\[([^\]]*)\]/.exec(object.dict)?.[1] ?? '';
      return [...list.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
    })();
    const content = contentRefs
      .map((num) => objects.get(num)?.stream?.toString('latin1') ?? '')
      .join('\n');
    pages.push({
      width: box ? Number(box[3]) - Number(box[1]) : 0,
      height: box ? Number(box[4]) - Number(box[2]) : 0,
      runs: contentRuns(content, fonts),
    });
  }
  return pages;
}

/**
 * Text as compared: without any white space (a title wrapped over two lines still matches)
 * and with ligatures taken apart (the PDF's "ﬀ" is "ff").
 */
export const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');
