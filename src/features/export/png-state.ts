/**
 * Reads the viewer state back out of an exported PNG (the `sdf-state` iTXt or tEXt chunk).
 * The bytes are untrusted (a dropped file): the signature and every CRC up to the state
 * chunk are checked, lengths are bounds-checked, the text is capped, and nothing throws.
 * The state that comes back is only a patch for `applyPatch`, which checks every field.
 */
import { crc32 } from './crc32';
import { PNG_SIGNATURE, STATE_KEYWORD } from './png-chunks';

/** Largest state text accepted, in bytes (the URL hash allows the same after inflating). */
export const MAX_STATE_BYTES = 65536;
/** Chunks looked at before giving up: a real export has the state as its second chunk. */
const MAX_CHUNKS = 100_000;

export type PngStateResult = { state: unknown } | { error: string };

export function readPngState(bytes: Uint8Array): PngStateResult {
  try {
    return read(bytes);
  } catch (error) {
    return { error: `the PNG cannot be read (${(error as Error).message})` };
  }
}

function read(bytes: Uint8Array): PngStateResult {
  if (!(bytes instanceof Uint8Array)) return { error: 'expected the file as bytes' };
  if (bytes.length < PNG_SIGNATURE.length || PNG_SIGNATURE.some((b, i) => bytes[i] !== b))
    return { error: 'not a PNG file (the signature does not match)' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = PNG_SIGNATURE.length;
  for (let index = 0; index < MAX_CHUNKS; index++) {
    if (at + 12 > bytes.length) return { error: 'the PNG ends before its IEND chunk' };
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (!/^[A-Za-z]{4}$/.test(type)) return { error: `chunk ${index} has a bad type` };
    if (length > bytes.length - at - 12)
      return { error: `chunk ${type} claims ${length} bytes, more than the file holds` };
    if (index === 0 && type !== 'IHDR') return { error: 'the PNG does not start with IHDR' };
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (crc32(data, crc32(bytes.subarray(at + 4, at + 8))) !== view.getUint32(at + 8 + length))
      return { error: `chunk ${type} is damaged (CRC mismatch)` };
    if (type === 'IEND') break;
    if (type === 'iTXt' || type === 'tEXt') {
      const found = textChunk(type, data);
      if (found) return found;
    }
    at += 12 + length;
  }
  return { error: `the PNG has no "${STATE_KEYWORD}" text chunk` };
}

/** The state in one text chunk, or undefined when the chunk has another keyword. */
function textChunk(type: 'iTXt' | 'tEXt', data: Uint8Array): PngStateResult | undefined {
  const keywordEnd = data.indexOf(0);
  if (keywordEnd < 1 || keywordEnd > 79) return undefined;
  if (String.fromCharCode(...data.subarray(0, keywordEnd)) !== STATE_KEYWORD) return undefined;
  let text: Uint8Array;
  if (type === 'tEXt') text = data.subarray(keywordEnd + 1);
  else {
    if (data[keywordEnd + 1] !== 0)
      return { error: `the "${STATE_KEYWORD}" chunk is compressed, which is not supported` };
    const languageEnd = data.indexOf(0, keywordEnd + 3);
    const translatedEnd = languageEnd < 0 ? -1 : data.indexOf(0, languageEnd + 1);
    if (translatedEnd < 0) return { error: `the "${STATE_KEYWORD}" chunk is malformed` };
    text = data.subarray(translatedEnd + 1);
  }
  if (text.length > MAX_STATE_BYTES)
    return { error: `the "${STATE_KEYWORD}" text is longer than ${MAX_STATE_BYTES} bytes` };
  let json: string;
  try {
    // tEXt is Latin-1 by definition; the exporter only ever writes ASCII JSON there.
    json = type === 'tEXt' ? latin1(text) : new TextDecoder('utf-8', { fatal: true }).decode(text);
  } catch {
    return { error: `the "${STATE_KEYWORD}" text is not valid UTF-8` };
  }
  try {
    return { state: JSON.parse(json) as unknown };
  } catch {
    return { error: `the "${STATE_KEYWORD}" text is not valid JSON` };
  }
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x2000)
    text += String.fromCharCode(...bytes.subarray(i, i + 0x2000));
  return text;
}
