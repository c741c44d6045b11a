import type { PdfProblem } from '../texts/ui-types';

/**
 * What the PDF viewer accepts, and what it says when it can't: plain TypeScript, no browser
 * globals, unit-tested in Node.
 */

/**
 * The largest PDF the viewer opens: 200 MB. Larger files are refused with a message before
 * anything is read (a file that size is held in memory whole, and would make the page crawl).
 */
export const MAX_PDF_BYTES = 200 * 1024 * 1024;

/** A PDF starts with "%PDF-", within its first kilobyte (some writers put bytes before it). */
const HEADER_WINDOW = 1024;
const MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

export function looksLikePdf(firstBytes: Uint8Array): boolean {
  const end = Math.min(firstBytes.length, HEADER_WINDOW) - MAGIC.length;
  for (let i = 0; i <= end; i++) {
    if (MAGIC.every((byte, k) => firstBytes[i + k] === byte)) return true;
  }
  return false;
}

export const HEADER_BYTES = HEADER_WINDOW;

/** Why a PDF could not be shown; each has its own kind message (ui.viewerProblems). */
export type { PdfProblem };

/** The reason a load failed, from the error PDF.js (or fetch) gave. */
export function problemOf(error: unknown): PdfProblem {
  const name = (error as { name?: unknown } | null)?.name;
  const status = (error as { status?: unknown } | null)?.status;
  if (name === 'ResponseException' || name === 'MissingPDFException') {
    return status === 404 ? 'not-found' : 'unreachable';
  }
  if (name === 'TypeError' || name === 'NetworkError') return 'unreachable';
  return 'broken'; // InvalidPDFException, FormatError, UnknownErrorException…
}

/** PDF.js's password reasons (PasswordResponses): asked for the first time, or a wrong one. */
export const NEED_PASSWORD = 1;
export const INCORRECT_PASSWORD = 2;

/** The address in `?file=`: a web address to read, or the reason it can't be read. */
export function fileParam(
  search: string,
): { url: string } | { problem: 'bad-address' | 'local-address' } | null {
  const raw = new URLSearchParams(search).get('file');
  if (raw === null || raw.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { problem: 'bad-address' };
  }
  if (url.protocol === 'file:') return { problem: 'local-address' };
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { problem: 'bad-address' };
  return { url: url.href };
}

/**
 * The permission pattern for a site: its scheme and host, every path and port (match
 * patterns name no port: Firefox allows none, and one yes for a site should cover it).
 */
export function originPattern(address: string): string {
  const url = new URL(address);
  return `${url.protocol}//${url.hostname}/*`;
}

/** The site's name as the user knows it ("www.example.org"). */
export function siteName(address: string): string {
  return new URL(address).hostname;
}

/**
 * A tab or link that shows a PDF, judged by its address: http(s), the path ending in .pdf
 * (any case, before the query and fragment). An address without .pdf may serve a PDF too;
 * the extension can't see a tab's content type without more permissions, so it does not ask.
 */
export function isPdfAddress(address: string | undefined | null): boolean {
  if (!address) return false;
  try {
    const url = new URL(address);
    return (url.protocol === 'http:' || url.protocol === 'https:') && /\.pdf$/i.test(url.pathname);
  } catch {
    return false;
  }
}

/** The viewer's own address for a PDF on the web (`viewer.html?file=…`). */
export function viewerPath(address: string): string {
  return `/viewer.html?file=${encodeURIComponent(address)}`;
}

/** A file name for the title bar: the last part of the path, decoded, or the site. */
export function fileNameOf(address: string): string {
  try {
    const url = new URL(address);
    const last = url.pathname.split('/').filter(Boolean).pop();
    return last ? decodeURIComponent(last) : url.hostname;
  } catch {
    return address;
  }
}
