import { setUniforms, type ProgramInfo } from 'twgl.js';
import type { ViewTransform } from '../util/view-transform';

/**
 * One annotation drawn over a frame: a segment, a dot (from == to) or a ring (radius > 0).
 * Positions in world units, sizes in device pixels, colour sRGB with straight alpha.
 */
export interface Mark {
  readonly from: readonly [number, number];
  readonly to: readonly [number, number];
  /** Half the line width (or the dot's radius), device pixels. */
  readonly halfWidth: number;
  /** A ring's radius in device pixels; 0 or absent for segments and dots. */
  readonly ring?: number;
  readonly color: readonly [number, number, number, number];
}

/** Floats per instance: from (2), to (2), size (2), colour (4). */
const STRIDE = 10;
const ATTRIBUTES = [
  ['a_from', 2, 0],
  ['a_to', 2, 2],
  ['a_size', 2, 4],
  ['a_color', 4, 6],
] as const;

/**
 * Instanced quads for marks (shaders/marks/): each mark costs the pixels it covers. Owns
 * its buffers and vertex array; `rebuild()` after a context loss makes new ones.
 */
export class MarksPass {
  private corners!: WebGLBuffer;
  private instances!: WebGLBuffer;
  private vertexArray!: WebGLVertexArrayObject;
  private layoutFor: WebGLProgram | null = null;
  /** The marks the instance buffer holds now. */
  private uploaded: readonly Mark[] | null = null;

  constructor(private readonly gl: WebGL2RenderingContext) {
    this.rebuild();
  }

  rebuild(): void {
    const gl = this.gl;
    this.corners = gl.createBuffer()!;
    gl.bindBuffer(gl.ARRAY_BUFFER, this.corners);
    gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([-1, -1, 1, -1, -1, 1, 1, 1]), gl.STATIC_DRAW);
    this.instances = gl.createBuffer()!;
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
    // Made once and re-laid-out for each new program, so churn never adds GL objects.
    this.vertexArray = gl.createVertexArray()!;
    this.layoutFor = null;
    this.uploaded = null;
  }

  /** Blends `marks` over what is in the bound framebuffer's viewport. */
  draw(
    program: ProgramInfo,
    marks: readonly Mark[],
    view: ViewTransform,
    size: { width: number; height: number },
  ): void {
    if (!marks.length) return;
    const gl = this.gl;
    gl.bindBuffer(gl.ARRAY_BUFFER, this.instances);
    // The same list as last frame (a pan): the buffer already holds it.
    if (marks !== this.uploaded) {
      const data = new Float32Array(marks.length * STRIDE);
      marks.forEach((m, i) =>
        data.set([...m.from, ...m.to, m.halfWidth, m.ring ?? 0, ...m.color], i * STRIDE),
      );
      gl.bufferData(gl.ARRAY_BUFFER, data, gl.DYNAMIC_DRAW);
      this.uploaded = marks;
    }
    this.bindLayout(program);
    gl.useProgram(program.program);
    setUniforms(program, {
      u_viewOrigin: view.origin,
      u_viewJacobian: view.jacobian,
      u_resolution: [size.width, size.height],
    });
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    gl.drawArraysInstanced(gl.TRIANGLE_STRIP, 0, 4, marks.length);
    gl.disable(gl.BLEND);
    gl.bindVertexArray(null);
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
  }

  /** The vertex array, laid out for `program`'s attribute locations (again when it changes). */
  private bindLayout(program: ProgramInfo): void {
    const gl = this.gl;
    gl.bindVertexArray(this.vertexArray);
    if (this.layoutFor !== program.program) {
      for (let i = 0; i < 8; i++) gl.disableVertexAttribArray(i);
      const corner = gl.getAttribLocation(program.program, 'a_corner');
      gl.bindBuffer(gl.ARRAY_BUFFER, this.corners);
      gl.enableVertexAttribArray(corner);
      gl.vertexAttribPointer(corner, 2, gl.FLOAT, false, 0, 0);
      gl.vertexAttribDivisor(corner, 0);
      gl.bindBuffer(gl.ARRAY_BUFFER, this.instances);
      for (const [name, size, offset] of ATTRIBUTES) {
        const location = gl.getAttribLocation(program.program, name);
        if (location < 0) continue;
        gl.enableVertexAttribArray(location);
        gl.vertexAttribPointer(location, size, gl.FLOAT, false, STRIDE * 4, offset * 4);
        gl.vertexAttribDivisor(location, 1);
      }
      this.layoutFor = program.program;
    }
  }
}
