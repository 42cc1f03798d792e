/** An offscreen colour target: RGBA8 for images, RGBA32F for probes and float readback. */
export type TargetFormat = 'rgba8' | 'rgba32f';

export interface RenderTarget {
  readonly framebuffer: WebGLFramebuffer;
  readonly texture: WebGLTexture;
  readonly width: number;
  readonly height: number;
  readonly format: TargetFormat;
}

export function createRenderTarget(
  gl: WebGL2RenderingContext,
  width: number,
  height: number,
  format: TargetFormat,
): RenderTarget {
  if (format === 'rgba32f' && !gl.getExtension('EXT_color_buffer_float'))
    throw new Error('float render targets need EXT_color_buffer_float, which this GPU lacks');
  const texture = gl.createTexture()!;
  gl.bindTexture(gl.TEXTURE_2D, texture);
  const internal = format === 'rgba8' ? gl.RGBA8 : gl.RGBA32F;
  gl.texStorage2D(gl.TEXTURE_2D, 1, internal, width, height);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
  const framebuffer = gl.createFramebuffer()!;
  gl.bindFramebuffer(gl.FRAMEBUFFER, framebuffer);
  gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, texture, 0);
  const status = gl.checkFramebufferStatus(gl.FRAMEBUFFER);
  gl.bindFramebuffer(gl.FRAMEBUFFER, null);
  gl.bindTexture(gl.TEXTURE_2D, null);
  if (status !== gl.FRAMEBUFFER_COMPLETE) {
    deleteRenderTarget(gl, { framebuffer, texture, width, height, format });
    throw new Error(
      `${format} framebuffer of ${width}x${height} is incomplete (0x${status.toString(16)})`,
    );
  }
  return { framebuffer, texture, width, height, format };
}

export function deleteRenderTarget(gl: WebGL2RenderingContext, target: RenderTarget): void {
  gl.deleteFramebuffer(target.framebuffer);
  gl.deleteTexture(target.texture);
}

/**
 * Reads the bound framebuffer (the canvas when `target` is null) in image order: rows top
 * to bottom, as PNG stores them. GL reads bottom-up, so rows are flipped here.
 */
export function readImage(
  gl: WebGL2RenderingContext,
  target: RenderTarget | null,
  width: number,
  height: number,
): Uint8Array | Float32Array {
  gl.bindFramebuffer(gl.FRAMEBUFFER, target?.framebuffer ?? null);
  const float = target?.format === 'rgba32f';
  const data = float ? new Float32Array(width * height * 4) : new Uint8Array(width * height * 4);
  gl.readPixels(0, 0, width, height, gl.RGBA, float ? gl.FLOAT : gl.UNSIGNED_BYTE, data);
  gl.bindFramebuffer(gl.FRAMEBUFFER, null);
  return flipRows(data, width, height);
}

function flipRows<T extends Uint8Array | Float32Array>(data: T, width: number, height: number): T {
  const stride = width * 4;
  const row = data.slice(0, stride) as T;
  for (let top = 0, bottom = height - 1; top < bottom; top++, bottom--) {
    row.set(data.subarray(top * stride, top * stride + stride));
    data.copyWithin(top * stride, bottom * stride, bottom * stride + stride);
    data.set(row, bottom * stride);
  }
  return data;
}

/**
 * Copies `from` over the whole of `to` (the canvas when null), scaled to fit; `smooth`
 * filters linearly, for a coarse preview shown at full size.
 */
export function blit(
  gl: WebGL2RenderingContext,
  from: RenderTarget,
  to: RenderTarget | null,
  smooth: boolean,
): void {
  const width = to ? to.width : gl.drawingBufferWidth;
  const height = to ? to.height : gl.drawingBufferHeight;
  gl.bindFramebuffer(gl.READ_FRAMEBUFFER, from.framebuffer);
  gl.bindFramebuffer(gl.DRAW_FRAMEBUFFER, to?.framebuffer ?? null);
  gl.blitFramebuffer(
    0,
    0,
    from.width,
    from.height,
    0,
    0,
    width,
    height,
    gl.COLOR_BUFFER_BIT,
    smooth ? gl.LINEAR : gl.NEAREST,
  );
  gl.bindFramebuffer(gl.READ_FRAMEBUFFER, null);
  gl.bindFramebuffer(gl.DRAW_FRAMEBUFFER, null);
}
