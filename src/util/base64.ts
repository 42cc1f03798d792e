/** Base64 for bytes that cross the page boundary or go in a link. */

/** Standard base64. Encoded in 24 KiB slices (whole 3-byte groups), so a 100 MB export never
 * builds one giant binary string or overflows the call stack. */
export function toBase64(bytes: Uint8Array): string {
  const pieces: string[] = [];
  const step = 3 * 8192;
  for (let i = 0; i < bytes.length; i += step)
    pieces.push(btoa(String.fromCharCode(...bytes.subarray(i, i + step))));
  return pieces.join('');
}

/** URL-safe base64 without padding (RFC 4648 section 5), for the link's hash. */
export function toBase64Url(bytes: Uint8Array): string {
  return toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The parts one after another, as one array. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}
