import { browser } from 'wxt/browser';
import { HEADER_BYTES, looksLikePdf, MAX_PDF_BYTES, originPattern } from '../../utils/pdf/input';
import type { PdfProblem } from '../../utils/pdf/input';

/** A PDF's bytes, or why there are none. */
export type Loaded = { data: Uint8Array } | { problem: PdfProblem };

/** A file the user chose or dropped: checked for size and for being a PDF before it is read. */
export async function readLocalFile(file: File): Promise<Loaded> {
  if (file.size === 0) return { problem: 'empty' };
  if (file.size > MAX_PDF_BYTES) return { problem: 'too-large' };
  const head = new Uint8Array(await file.slice(0, HEADER_BYTES).arrayBuffer());
  if (!looksLikePdf(head)) return { problem: 'not-pdf' };
  return { data: new Uint8Array(await file.arrayBuffer()) };
}

/** Is reading from this address's site allowed (the user said yes, now or before)? */
export function canRead(address: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(address)] }).catch(() => false);
}

/** Asks for exactly that site; must run in the click that asked for it. */
export function askToRead(address: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(address)] }).catch(() => false);
}

/**
 * The one request the viewer makes: the PDF the user chose, read from its site as the
 * browser would (with the site's cookies), whole, refused past the size limit while it is
 * still coming in, and refused if the site sent it on to a site the user did not allow.
 */
export async function readFromWeb(address: string, signal?: AbortSignal): Promise<Loaded> {
  const request = { credentials: 'include', signal, cache: 'default' } as const;
  let response: Response;
  try {
    // Not followed at first: a site that sends the PDF on elsewhere is seen as doing so.
    response = await fetch(address, { ...request, redirect: 'manual' });
    if (response.type === 'opaqueredirect') {
      // Where to is not told to a page: followed, then refused unless the user allowed the
      // site it ends on too. (Where that site does not let the viewer read it, the fetch
      // fails: refused with the same message.)
      response = await fetch(address, request).catch(() => Response.error());
      if (response.type === 'error' || !(await canRead(response.url))) {
        void response.body?.cancel();
        return { problem: 'redirected' };
      }
    }
  } catch {
    return { problem: 'unreachable' };
  }
  if (response.status === 404 || response.status === 410) return { problem: 'not-found' };
  if (!response.ok || !response.body) return { problem: 'unreachable' };
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > MAX_PDF_BYTES) {
    void response.body.cancel();
    return { problem: 'too-large' };
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > MAX_PDF_BYTES) {
        void reader.cancel();
        return { problem: 'too-large' };
      }
      chunks.push(value);
    }
  } catch {
    return { problem: 'unreachable' };
  }
  if (size === 0) return { problem: 'empty' };
  const data = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    data.set(chunk, offset);
    offset += chunk.length;
  }
  if (!looksLikePdf(data.subarray(0, HEADER_BYTES))) return { problem: 'not-pdf' };
  return { data };
}
