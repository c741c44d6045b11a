/**
 * How big a sync item is, as the browser counts it against storage.sync's quotas (the
 * same in Chrome and Firefox). Plain TypeScript.
 */
/** storage.sync's quotas (the same in Chrome and Firefox). */
export const SYNC_QUOTA = { totalBytes: 102400, perItemBytes: 8192, maxItems: 512 } as const;

/** Room kept free for keys other than tips and terms (settings, later). */
export const RESERVED_BYTES = 2048;
export const RESERVED_ITEMS = 12;

/**
 * Bytes one JSON-serialised code unit (or surrogate pair) takes, as the largest of
 * Chrome's count (UTF-8 of base::JSONWriter's output, which also escapes `<`, U+2028 and
 * U+2029 as `\uXXXX`) and JSON.stringify's length (which escapes lone surrogates).
 */
function jsonStringBytes(text: string): number {
  let bytes = 2; // the quotes
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x5c || (c >= 0x08 && c <= 0x0d && c !== 0x0b)) {
      bytes += 2; // \" \\ \b \t \n \f \r
    } else if (c < 0x20 || c === 0x3c || c === 0x2028 || c === 0x2029) {
      bytes += 6; // \u00XX, \u003C, \u2028, \u2029
    } else if (c < 0x80) {
      bytes += 1;
    } else if (c < 0x800) {
      bytes += 2;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4; // a pair: one code point outside the BMP
        i++;
      } else {
        bytes += 6; // a lone surrogate: JSON.stringify writes \udXXX
      }
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      bytes += 6;
    } else {
      bytes += 3;
    }
  }
  return bytes;
}

/** UTF-8 length of a raw (unquoted, unescaped) string, as Chrome counts a key. */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3; // a lone surrogate becomes U+FFFD
    } else bytes += 3;
  }
  return bytes;
}

const isInt32 = (n: number): boolean =>
  Number.isInteger(n) && n >= -0x80000000 && n <= 0x7fffffff && !Object.is(n, -0);

/** Values JSON leaves out of objects (and writes as null in arrays). */
const isSkipped = (value: unknown): boolean =>
  value === undefined || typeof value === 'function' || typeof value === 'symbol';

function jsonBytes(value: unknown): number {
  if (typeof value === 'string') return jsonStringBytes(value);
  if (typeof value === 'boolean') return value ? 4 : 5;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 4; // null
    // Chrome stores a number that is not a 32-bit integer as a double and writes it
    // with ".0" when it has no fraction or exponent ("1700000000000.0").
    const text = String(value);
    return isInt32(value) || /[.e]/.test(text) ? text.length : text.length + 2;
  }
  if (Array.isArray(value)) {
    let bytes = 2 + Math.max(0, value.length - 1); // brackets and commas
    for (const item of value as unknown[]) bytes += isSkipped(item) ? 4 : jsonBytes(item);
    return bytes;
  }
  if (typeof value === 'object' && value !== null) {
    let bytes = 2;
    let members = 0;
    for (const [key, item] of Object.entries(value)) {
      if (isSkipped(item)) continue;
      bytes += jsonStringBytes(key) + 1 + jsonBytes(item); // "key":value
      members++;
    }
    return bytes + Math.max(0, members - 1);
  }
  return 4; // null, and anything JSON cannot hold
}

/**
 * The size of one sync item as the browser counts it against its quotas: the key's
 * length plus the length of the value as JSON. Counted in UTF-8 bytes the way Chrome does
 * (so "é" counts 2, an emoji 4, `<` 6 as Chrome escapes it, and a number like a time
 * stamp gets Chrome's ".0"); for plain ASCII text and small whole numbers this is exactly
 * `key.length + JSON.stringify(value).length`, and it is never less than that.
 */
export function itemSize(key: string, value: unknown): number {
  return utf8Bytes(key) + jsonBytes(value);
}
