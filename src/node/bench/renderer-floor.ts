/**
 * What the renderer charges for fragments that should do no work: one full-screen draw of a
 * heavy fragment shader, and the same draw with the work masked off in each way a shader
 * or the pipeline can mask it. On a GPU, branches, zero-trip loops and early depth or
 * stencil rejection skip most of the cost; a renderer that still charges for them caps
 * what any pass can save by deciding per pixel (docs/bench.md, "The renderer's floor").
 */
import type { Page } from 'puppeteer-core';

export interface FloorCase {
  readonly name: string;
  /** How the work is masked, in words. */
  readonly what: string;
  readonly shader: string;
  /** The pipeline state the draw runs under. */
  readonly state: 'plain' | 'depth-fails' | 'stencil-fails' | 'scissor-eighth';
}

export interface FloorRow {
  readonly name: string;
  readonly what: string;
  readonly ms: number;
  /** ms over the plain draw's ms. */
  readonly ofPlain: number;
}

/** Straight-line work, as an inlined scene is: 64 dependent steps, no loop to skip. */
const STEPS = Array.from(
  { length: 64 },
  (_, i) => `  s += sin(q.x * ${(i + 1).toFixed(1)} + s) * cos(q.y + ${(0.1 * i).toFixed(1)});`,
).join('\n');

function fragment(guard: { before: string; after: string }): string {
  return `#version 300 es
precision highp float;
uniform float u_one; // 1.0, unknown to the compiler
out vec4 outColor;
void main() {
  vec2 q = gl_FragCoord.xy * 0.01;
  float s = 0.0;
  ivec2 px = ivec2(gl_FragCoord.xy);
${guard.before}
${STEPS}
${guard.after}
  outColor = vec4(s * 0.001, 0.0, 0.0, 1.0);
}`;
}

const NONE = { before: '', after: '' };
/** Quad (x, y) is the pixels [2x, 2x + 2) x [2y, 2y + 2). */
const ONE_QUAD_IN_8 = '((px.x >> 1) + (px.y >> 1)) % 8 == 0';
const ONE_PIXEL_IN_8 = '(px.x + 3 * px.y) % 8 == 0';

export const FLOOR_CASES: readonly FloorCase[] = [
  { name: 'plain', what: 'every pixel does the work', shader: fragment(NONE), state: 'plain' },
  {
    name: 'depth fails',
    what: 'depth test fails for every pixel (early-z could skip all)',
    shader: fragment(NONE),
    state: 'depth-fails',
  },
  {
    name: 'stencil fails',
    what: 'stencil test fails for every pixel',
    shader: fragment(NONE),
    state: 'stencil-fails',
  },
  {
    name: 'scissor 1/8',
    what: 'scissor keeps 1/8 of the rows (fewer fragments rasterised)',
    shader: fragment(NONE),
    state: 'scissor-eighth',
  },
  {
    name: 'if, no pixel',
    what: 'the work in an `if` no pixel takes (runtime condition)',
    shader: fragment({ before: '  if (u_one < 0.0) {', after: '  }' }),
    state: 'plain',
  },
  {
    name: 'if, 1 quad in 8',
    what: 'the work in an `if` taken by whole quads, 1 in 8',
    shader: fragment({ before: `  if (${ONE_QUAD_IN_8}) {`, after: '  }' }),
    state: 'plain',
  },
  {
    name: 'loop, 0 trips',
    what: 'the work in a loop of 0 trips for every pixel (count known only at run time)',
    shader: fragment({
      before: '  int trips = u_one < 0.0 ? int(u_one) : 0;\n  for (int k = 0; k < trips; k++) {',
      after: '  }',
    }),
    state: 'plain',
  },
  {
    name: 'loop, 1 quad in 8',
    what: 'the work in a loop of 1 trip for whole quads, 1 in 8, else 0',
    shader: fragment({
      before: `  int trips = ${ONE_QUAD_IN_8} ? int(u_one) : 0;\n  for (int k = 0; k < trips; k++) {`,
      after: '  }',
    }),
    state: 'plain',
  },
  {
    name: 'loop, 1 pixel in 8',
    what: 'the same, 1 pixel in 8 (most quads hold one)',
    shader: fragment({
      before: `  int trips = ${ONE_PIXEL_IN_8} ? int(u_one) : 0;\n  for (int k = 0; k < trips; k++) {`,
      after: '  }',
    }),
    state: 'plain',
  },
];

/**
 * Times each case on a fresh WebGL2 canvas of `size` x `size` in `page`: the median of
 * `frames` draws, each fenced by a 1-pixel readPixels (gl.finish does not wait in Chrome).
 */
export async function measureFloor(
  page: Page,
  size: number,
  frames: number,
): Promise<{ renderer: string; rows: FloorRow[] }> {
  const result = await page.evaluate(
    (cases, size, frames) => {
      const canvas = document.createElement('canvas');
      const gl = canvas.getContext('webgl2')!;
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
      const vertex =
        '#version 300 es\nin vec2 a_p;\nvoid main() { gl_Position = vec4(a_p, 0.5, 1.0); }';
      const buffer = gl.createBuffer();
      gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
      gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([-1, -1, 3, -1, -1, 3]), gl.STATIC_DRAW);
      const framebuffer = gl.createFramebuffer();
      gl.bindFramebuffer(gl.FRAMEBUFFER, framebuffer);
      const color = gl.createTexture();
      gl.bindTexture(gl.TEXTURE_2D, color);
      gl.texStorage2D(gl.TEXTURE_2D, 1, gl.RGBA8, size, size);
      gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, color, 0);
      const depth = gl.createRenderbuffer();
      gl.bindRenderbuffer(gl.RENDERBUFFER, depth);
      gl.renderbufferStorage(gl.RENDERBUFFER, gl.DEPTH24_STENCIL8, size, size);
      gl.framebufferRenderbuffer(
        gl.FRAMEBUFFER,
        gl.DEPTH_STENCIL_ATTACHMENT,
        gl.RENDERBUFFER,
        depth,
      );
      gl.viewport(0, 0, size, size);
      const fence = new Uint8Array(4);
      const times: number[] = [];
      for (const c of cases) {
        const program = gl.createProgram();
        for (const [type, text] of [
          [gl.VERTEX_SHADER, vertex],
          [gl.FRAGMENT_SHADER, c.shader],
        ] as const) {
          const shader = gl.createShader(type)!;
          gl.shaderSource(shader, text);
          gl.compileShader(shader);
          if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS))
            throw new Error(`${c.name}: ${gl.getShaderInfoLog(shader)}`);
          gl.attachShader(program, shader);
        }
        gl.linkProgram(program);
        gl.useProgram(program);
        gl.uniform1f(gl.getUniformLocation(program, 'u_one'), 1);
        const at = gl.getAttribLocation(program, 'a_p');
        gl.enableVertexAttribArray(at);
        gl.vertexAttribPointer(at, 2, gl.FLOAT, false, 0, 0);
        const samples: number[] = [];
        // One warm-up draw compiles the pipeline.
        for (let i = -1; i < frames; i++) {
          gl.disable(gl.DEPTH_TEST);
          gl.disable(gl.STENCIL_TEST);
          gl.disable(gl.SCISSOR_TEST);
          // Depth cleared to 0 and stencil to 0: the draw (z = 0.5, LESS; EQUAL 1) fails both.
          gl.clearDepth(0);
          gl.clearStencil(0);
          gl.clear(gl.COLOR_BUFFER_BIT | gl.DEPTH_BUFFER_BIT | gl.STENCIL_BUFFER_BIT);
          if (c.state === 'depth-fails') {
            gl.enable(gl.DEPTH_TEST);
            gl.depthFunc(gl.LESS);
          } else if (c.state === 'stencil-fails') {
            gl.enable(gl.STENCIL_TEST);
            gl.stencilFunc(gl.EQUAL, 1, 0xff);
          } else if (c.state === 'scissor-eighth') {
            gl.enable(gl.SCISSOR_TEST);
            gl.scissor(0, 0, size, size >> 3);
          }
          gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, fence);
          const start = performance.now();
          gl.drawArrays(gl.TRIANGLES, 0, 3);
          gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, fence);
          if (i >= 0) samples.push(performance.now() - start);
        }
        samples.sort((a, b) => a - b);
        times.push(samples[samples.length >> 1]!);
        gl.deleteProgram(program);
      }
      return { renderer, times };
    },
    FLOOR_CASES,
    size,
    frames,
  );
  const plain = result.times[0]!;
  return {
    renderer: result.renderer,
    rows: FLOOR_CASES.map((c, i) => ({
      name: c.name,
      what: c.what,
      ms: result.times[i]!,
      ofPlain: result.times[i]! / plain,
    })),
  };
}
