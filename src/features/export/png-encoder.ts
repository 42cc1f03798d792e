/**
 * A PNG written as it is rendered: rows go in band by band, are filtered and deflated by the
 * platform's CompressionStream('deflate') (zlib format, which IDAT requires), and leave as
 * IDAT chunks. Only the compressed file is kept, never the whole raw image.
 */
import {
  BYTES_PER_PIXEL,
  ihdrChunk,
  iendChunk,
  itxtChunk,
  PNG_SIGNATURE,
  pngChunk,
  type PngColorType,
} from './png-chunks';

export interface PngEncoderOptions {
  readonly width: number;
  readonly height: number;
  readonly colorType: PngColorType;
  /** iTXt chunks written before the image data, keyword -> text. */
  readonly text?: Readonly<Record<string, string>>;
}

/** IDAT chunks are cut at about this size; small deflate outputs are joined up to it. */
const IDAT_BYTES = 1 << 20;

export class PngEncoder {
  readonly parts: Uint8Array[] = [];
  private readonly writer: WritableStreamDefaultWriter<BufferSource>;
  private readonly drained: Promise<void>;
  private readonly rowBytes: number;
  private rowsWritten = 0;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;

  constructor(private readonly options: PngEncoderOptions) {
    const { width, height, colorType, text = {} } = options;
    this.rowBytes = width * BYTES_PER_PIXEL[colorType];
    this.parts.push(PNG_SIGNATURE.slice(), ihdrChunk(width, height, colorType));
    for (const [keyword, value] of Object.entries(text)) this.parts.push(itxtChunk(keyword, value));
    const stream = new CompressionStream('deflate');
    this.writer = stream.writable.getWriter();
    this.drained = this.drain(stream.readable.getReader());
    // A failed drain surfaces through write/finish; this keeps it from being unhandled.
    this.drained.catch(() => undefined);
  }

  /** Appends whole rows, top to bottom: `pixels` holds rows x width x BYTES_PER_PIXEL bytes. */
  async writeRows(pixels: Uint8Array): Promise<void> {
    const rows = pixels.length / this.rowBytes;
    if (!Number.isInteger(rows) || this.rowsWritten + rows > this.options.height)
      throw new Error(`writeRows got ${pixels.length} bytes, not whole rows within the image`);
    this.rowsWritten += rows;
    await this.writer.write(
      filterSub(pixels, this.rowBytes, BYTES_PER_PIXEL[this.options.colorType]),
    );
  }

  /** Ends the image data; returns the whole file as parts (join them, or make a Blob). */
  async finish(): Promise<Uint8Array[]> {
    if (this.rowsWritten !== this.options.height)
      throw new Error(`only ${this.rowsWritten} of ${this.options.height} rows were written`);
    await this.writer.close();
    await this.drained;
    this.flush();
    this.parts.push(iendChunk());
    return this.parts;
  }

  /** Stops compressing and drops what was written (cancelled export). */
  abort(): void {
    void this.writer.abort().catch(() => undefined);
  }

  private async drain(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      this.pending.push(value);
      this.pendingBytes += value.length;
      if (this.pendingBytes >= IDAT_BYTES) this.flush();
    }
  }

  private flush(): void {
    if (!this.pendingBytes) return;
    const data = new Uint8Array(this.pendingBytes);
    let at = 0;
    for (const piece of this.pending) {
      data.set(piece, at);
      at += piece.length;
    }
    this.parts.push(pngChunk('IDAT', data));
    this.pending = [];
    this.pendingBytes = 0;
  }
}

/**
 * PNG filter type 1 (Sub) on every row: each byte minus the same channel of the pixel to its
 * left. Flat and smoothly shaded areas, most of a rendered SDF, become runs of zeros.
 */
export function filterSub(
  pixels: Uint8Array,
  rowBytes: number,
  bpp: number,
): Uint8Array<ArrayBuffer> {
  const rows = pixels.length / rowBytes;
  const out = new Uint8Array(rows * (rowBytes + 1));
  for (let r = 0; r < rows; r++) {
    const src = r * rowBytes;
    const dst = r * (rowBytes + 1);
    out[dst] = 1;
    for (let i = 0; i < bpp; i++) out[dst + 1 + i] = pixels[src + i]!;
    for (let i = bpp; i < rowBytes; i++)
      out[dst + 1 + i] = (pixels[src + i]! - pixels[src + i - bpp]!) & 0xff;
  }
  return out;
}
