import { setUniforms, type ProgramInfo } from 'twgl.js';
import { drawFullscreen } from './fullscreen';
import type { RenderTarget } from './render-target';

/** Pixels a draw covers, GL order: columns [x0, x1), rows [y0, y1) bottom-up. */
export type PixelRect = readonly [x0: number, y0: number, x1: number, y1: number];

export interface RefineStats {
  readonly quads: number;
  readonly of: number;
  readonly subBoxes: number;
}

export interface RefineRequest {
  readonly target: RenderTarget | null;
  readonly width: number;
  readonly height: number;
  readonly rect: PixelRect;
  readonly gate: ProgramInfo;
  readonly refine: ProgramInfo;
  /**
   * The frame's uniforms (view, scene, method), set on the refining program as on the
   * first; the gate takes its fade width from them.
   */
  readonly uniforms: Record<string, unknown>;
}

/**
 * The `adaptive` filter in three passes, so a frame costs box coverage plus the pixels that
 * need more, not a refinement loop compiled into every pixel:
 *   1. mark   the variant draws box coverage to attachment 0 and each pixel's linear model
 *             (f, g_px, reach) to a float attachment 1 (`begin` gives the framebuffer);
 *   2. gate   one fragment per 2x2 quad reads its pixels and their neighbours and writes the
 *             split the quad needs (shaders/adaptive/gate.frag.glsl); read back as bytes;
 *   3. refine one 2 px point per marked quad shades its four pixels again with split x split
 *             sub-boxes (shaders/adaptive/refine.vert.glsl); quads stay whole, so hardware
 *             derivatives still work there.
 * The canvas has no float attachment, so its frames are drawn offscreen and copied over.
 * Owns its GL objects; `rebuild()` after a context loss forgets them.
 */
/** A quad straddles a rect's edge by at most 1 pixel, whose neighbours are 1 further. */
const RING = 2;

export class AdaptivePass {
  private framebuffer: WebGLFramebuffer | null = null;
  private gateFramebuffer: WebGLFramebuffer | null = null;
  private marks: WebGLTexture | null = null;
  private gateTexture: WebGLTexture | null = null;
  /** Colour for canvas frames, which are drawn here and then copied to the canvas. */
  private color: WebGLTexture | null = null;
  private size = { width: 0, height: 0 };
  private attached: WebGLTexture | null = null;
  private points: WebGLBuffer | null = null;
  private vertexArray: WebGLVertexArrayObject | null = null;
  /** The last frame's refinement: quads refined of quads drawn, and sub-boxes shaded. */
  lastRefined: RefineStats = { quads: 0, of: 0, subBoxes: 0 };

  private floatTargets: boolean | null = null;

  constructor(private readonly gl: WebGL2RenderingContext) {}

  rebuild(): void {
    this.floatTargets = null;
    this.framebuffer = this.gateFramebuffer = this.marks = this.gateTexture = null;
    this.color = this.points = this.vertexArray = this.attached = null;
    this.size = { width: 0, height: 0 };
  }

  /**
   * The framebuffer the mark pass draws into, its colour attachment `target`'s texture (or
   * one of its own for the canvas); null where float attachments are missing.
   */
  begin(target: RenderTarget | null, width: number, height: number): WebGLFramebuffer | null {
    const gl = this.gl;
    // Asked again after `rebuild`: a restored context has every extension off.
    this.floatTargets ??= !!gl.getExtension('EXT_color_buffer_float');
    if (!this.floatTargets) return null;
    if (this.size.width !== width || this.size.height !== height || !this.framebuffer)
      this.allocate(width, height);
    const color = target ? target.texture : this.color!;
    gl.bindFramebuffer(gl.FRAMEBUFFER, this.framebuffer);
    if (this.attached !== color) {
      gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, color, 0);
      this.attached = color;
      if (gl.checkFramebufferStatus(gl.FRAMEBUFFER) !== gl.FRAMEBUFFER_COMPLETE) {
        this.attached = null;
        return null;
      }
    }
    gl.drawBuffers([gl.COLOR_ATTACHMENT0, gl.COLOR_ATTACHMENT1]);
    return this.framebuffer;
  }

  /**
   * With the mark program bound: marks alone (no colour) in a ring RING pixels wide around
   * `rect`, inside the target. At a band's or a compare column's edge the gate then reads
   * true neighbours, for the quads that straddle the edge too, and the pixels come out as
   * in a whole frame. Returns the rect the gate may read.
   */
  private markRing(rect: PixelRect, width: number, height: number): PixelRect {
    const gl = this.gl;
    const [x0, y0, x1, y1] = rect;
    const outer: PixelRect = [
      Math.max(0, x0 - RING),
      Math.max(0, y0 - RING),
      Math.min(width, x1 + RING),
      Math.min(height, y1 + RING),
    ];
    const strips: PixelRect[] = [
      [outer[0], outer[1], outer[2], y0],
      [outer[0], y1, outer[2], outer[3]],
      [outer[0], y0, x0, y1],
      [x1, y0, outer[2], y1],
    ];
    gl.drawBuffers([gl.NONE, gl.COLOR_ATTACHMENT1]);
    gl.enable(gl.SCISSOR_TEST);
    for (const [a, b, c, d] of strips) {
      if (c <= a || d <= b) continue;
      gl.scissor(a, b, c - a, d - b);
      drawFullscreen(gl, this.vertexArray!);
    }
    gl.disable(gl.SCISSOR_TEST);
    gl.drawBuffers([gl.COLOR_ATTACHMENT0, gl.COLOR_ATTACHMENT1]);
    return outer;
  }

  /**
   * Gate and refine the frame `begin` drew, its mark program still bound; for the canvas,
   * copy it over.
   */
  finish(request: RefineRequest): void {
    const gl = this.gl;
    const [x0, y0, x1, y1] = request.rect;
    const marked = this.markRing(request.rect, request.width, request.height);
    const quads: PixelRect = [x0 >> 1, y0 >> 1, (x1 + 1) >> 1, (y1 + 1) >> 1];
    const list = this.gate(request, quads, marked);
    // Both the points and the copy to the canvas stay inside the rect.
    gl.enable(gl.SCISSOR_TEST);
    gl.scissor(x0, y0, x1 - x0, y1 - y0);
    if (list.length) {
      gl.bindFramebuffer(gl.FRAMEBUFFER, this.framebuffer);
      gl.drawBuffers([gl.COLOR_ATTACHMENT0, gl.NONE]);
      gl.viewport(0, 0, request.width, request.height);
      gl.useProgram(request.refine.program);
      setUniforms(request.refine, {
        ...request.uniforms,
        u_targetSize: [request.width, request.height],
      });
      this.drawPoints(request.refine, list);
    }
    if (!request.target) {
      gl.bindFramebuffer(gl.READ_FRAMEBUFFER, this.framebuffer);
      gl.bindFramebuffer(gl.DRAW_FRAMEBUFFER, null);
      gl.blitFramebuffer(x0, y0, x1, y1, x0, y0, x1, y1, gl.COLOR_BUFFER_BIT, gl.NEAREST);
      gl.bindFramebuffer(gl.READ_FRAMEBUFFER, null);
    }
    gl.disable(gl.SCISSOR_TEST);
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
  }

  /** Runs the gate over `quads` and lists the marked ones as (x, y, split) triples. */
  private gate(request: RefineRequest, quads: PixelRect, marked: PixelRect): Float32Array {
    const gl = this.gl;
    const [qx0, qy0, qx1, qy1] = quads;
    const qw = qx1 - qx0;
    const qh = qy1 - qy0;
    gl.bindFramebuffer(gl.FRAMEBUFFER, this.gateFramebuffer);
    gl.viewport(0, 0, (request.width + 1) >> 1, (request.height + 1) >> 1);
    gl.enable(gl.SCISSOR_TEST);
    gl.scissor(qx0, qy0, qw, qh);
    gl.useProgram(request.gate.program);
    setUniforms(request.gate, {
      u_fadeWidth: request.uniforms.u_fadeWidth,
      u_marks: this.marks,
      u_rect: marked,
    });
    drawFullscreen(gl, this.vertexArray!);
    const bytes = new Uint8Array(qw * qh * 4);
    gl.readPixels(qx0, qy0, qw, qh, gl.RGBA, gl.UNSIGNED_BYTE, bytes);
    gl.disable(gl.SCISSOR_TEST);
    let count = 0;
    for (let i = 0; i < bytes.length; i += 4) if (bytes[i]) count++;
    const list = new Float32Array(count * 3);
    let subBoxes = 0;
    for (let i = 0, n = 0; i < bytes.length; i += 4) {
      const split = bytes[i]!;
      if (!split) continue;
      const q = i >> 2;
      list[3 * n] = qx0 + (q % qw);
      list[3 * n + 1] = qy0 + Math.floor(q / qw);
      list[3 * n++ + 2] = split;
      subBoxes += 4 * split * split;
    }
    this.lastRefined = { quads: count, of: qw * qh, subBoxes };
    return list;
  }

  private drawPoints(program: ProgramInfo, list: Float32Array): void {
    const gl = this.gl;
    const location = gl.getAttribLocation(program.program, 'a_quad');
    gl.bindVertexArray(this.vertexArray);
    gl.bindBuffer(gl.ARRAY_BUFFER, this.points);
    gl.bufferData(gl.ARRAY_BUFFER, list, gl.STREAM_DRAW);
    gl.enableVertexAttribArray(location);
    gl.vertexAttribPointer(location, 3, gl.FLOAT, false, 0, 0);
    gl.drawArrays(gl.POINTS, 0, list.length / 3);
    gl.disableVertexAttribArray(location);
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
    gl.bindVertexArray(null);
  }

  private allocate(width: number, height: number): void {
    const gl = this.gl;
    for (const texture of [this.marks, this.gateTexture, this.color]) gl.deleteTexture(texture);
    this.marks = texture(gl, gl.RGBA32F, width, height);
    this.color = texture(gl, gl.RGBA8, width, height);
    this.gateTexture = texture(gl, gl.RGBA8, (width + 1) >> 1, (height + 1) >> 1);
    this.framebuffer ??= gl.createFramebuffer()!;
    gl.bindFramebuffer(gl.FRAMEBUFFER, this.framebuffer);
    gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT1, gl.TEXTURE_2D, this.marks, 0);
    this.attached = null;
    this.gateFramebuffer ??= gl.createFramebuffer()!;
    gl.bindFramebuffer(gl.FRAMEBUFFER, this.gateFramebuffer);
    gl.framebufferTexture2D(
      gl.FRAMEBUFFER,
      gl.COLOR_ATTACHMENT0,
      gl.TEXTURE_2D,
      this.gateTexture,
      0,
    );
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
    this.points ??= gl.createBuffer()!;
    this.vertexArray ??= gl.createVertexArray()!;
    this.size = { width, height };
  }
}

function texture(gl: WebGL2RenderingContext, format: number, width: number, height: number) {
  const created = gl.createTexture()!;
  gl.bindTexture(gl.TEXTURE_2D, created);
  gl.texStorage2D(gl.TEXTURE_2D, 1, format, width, height);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
  gl.bindTexture(gl.TEXTURE_2D, null);
  return created;
}
