/**
 * The whole viewer state in the URL hash: `#s1.<base64url of deflate-raw(JSON)>`.
 * `s1` is the format version. Decoding treats the hash as hostile: the text is capped
 * before decompression, the inflated JSON is capped while it streams (a small hash cannot
 * inflate into megabytes), and the result is only ever a patch for `applyPatch`, which
 * checks every field. Nothing from the hash reaches GLSL or HTML as text.
 */
import { concatBytes, toBase64Url } from '../util/base64';
import type { ViewerState } from './state';

export const URL_STATE_VERSION = 's1';
/** Longest hash accepted, in characters, before anything is decoded. */
export const MAX_HASH_CHARS = 8192;
/** Longest inflated JSON accepted, in bytes. */
export const MAX_JSON_BYTES = 65536;

export async function encodeUrlState(state: ViewerState): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(state));
  const packed = await pipe(json, new CompressionStream('deflate-raw'), Number.POSITIVE_INFINITY);
  return `#${URL_STATE_VERSION}.${toBase64Url(packed)}`;
}

export type DecodedHash = { readonly patch: unknown } | { readonly error: string };

/** The state patch in `hash`, or why it cannot be read. An empty hash decodes to `{}`. */
export async function decodeUrlState(hash: string): Promise<DecodedHash> {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (text === '') return { patch: {} };
  if (text.length > MAX_HASH_CHARS)
    return { error: `the link's state is longer than ${MAX_HASH_CHARS} characters` };
  const dot = text.indexOf('.');
  const version = dot < 0 ? text : text.slice(0, dot);
  if (version !== URL_STATE_VERSION)
    return {
      error: `the link's state has format "${version.slice(0, 12)}", this viewer reads "${URL_STATE_VERSION}"`,
    };
  const bytes = fromBase64Url(text.slice(dot + 1));
  if (!bytes) return { error: "the link's state is not valid base64url" };
  let json: Uint8Array<ArrayBuffer>;
  try {
    json = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_JSON_BYTES);
  } catch (error) {
    return { error: `the link's state cannot be unpacked (${(error as Error).message})` };
  }
  try {
    return { patch: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json)) as unknown };
  } catch {
    return { error: "the link's state is not valid JSON" };
  }
}

/** Runs bytes through a transform stream, failing once the output passes `limit` bytes. */
async function pipe(
  input: Uint8Array<ArrayBuffer>,
  transform: { writable: WritableStream<BufferSource>; readable: ReadableStream<Uint8Array> },
  limit: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const writer = transform.writable.getWriter();
  void writer.write(input).catch(() => undefined);
  void writer.close().catch(() => undefined);
  const reader = transform.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw new Error(`more than ${limit} bytes`);
    }
    chunks.push(value);
  }
  return concatBytes(chunks);
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}
