/**
 * Draws an exported shader in a fresh WebGL2 context of its own and compares its pixels
 * with the viewer's canvas, inside the page. Shadertoy shaders get the uniforms and the
 * main() that Shadertoy's own wrapper declares (its output named outColor, as some wrappers
 * name theirs, so the export must keep clear of that name). Installed as page script text, so the
 * code runs as written here (no bundler helpers).
 */
import type { Page } from 'puppeteer-core';
import { UNIFORM_DEFAULTS_PREFIX } from '../../src/features/export/shader-export';

const HARNESS = String.raw`
window.compareExportedShader = function (text, target, time, unfold) {
  // Named constants turned back into uniforms of the same values, so nothing is folded.
  var defaults = {};
  Object.keys(unfold || {}).forEach(function (name) {
    text = text.replace(new RegExp('const (\\w+) ' + name + ' = [^;]*;'), 'uniform $1 ' + name + ';');
    defaults[name] = unfold[name];
  });
  var viewer = window.sdf.readPixels('rgba8');
  var width = viewer.width, height = viewer.height;
  var canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  var gl = canvas.getContext('webgl2', { antialias: false, preserveDrawingBuffer: true });
  var shadertoyHead = [
    '#version 300 es', 'precision highp float;', 'precision highp int;',
    'uniform vec3 iResolution;', 'uniform float iTime;', 'uniform float iTimeDelta;',
    'uniform float iFrameRate;', 'uniform int iFrame;', 'uniform float iChannelTime[4];',
    'uniform vec3 iChannelResolution[4];', 'uniform vec4 iMouse;', 'uniform vec4 iDate;',
    'uniform float iSampleRate;', 'uniform sampler2D iChannel0;', 'uniform sampler2D iChannel1;',
    'uniform sampler2D iChannel2;', 'uniform sampler2D iChannel3;', 'out vec4 outColor;',
  ].join('\n');
  var fragment = target === 'webgl2' ? text
    : shadertoyHead + '\n' + text + '\nvoid main() { mainImage(outColor, gl_FragCoord.xy); }\n';
  var vertex = '#version 300 es\nvoid main() { vec2 p = vec2((gl_VertexID << 1) & 2, gl_VertexID & 2);' +
    ' gl_Position = vec4(p * 2.0 - 1.0, 0.0, 1.0); }';
  var program = gl.createProgram();
  var logs = [];
  [[gl.VERTEX_SHADER, vertex], [gl.FRAGMENT_SHADER, fragment]].forEach(function (pair) {
    var shader = gl.createShader(pair[0]);
    gl.shaderSource(shader, pair[1]);
    gl.compileShader(shader);
    if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) logs.push(gl.getShaderInfoLog(shader));
    gl.attachShader(program, shader);
  });
  if (logs.length) return { error: logs.join('\n') };
  gl.linkProgram(program);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS)) return { error: gl.getProgramInfoLog(program) };
  gl.useProgram(program);
  var at = function (name) { return gl.getUniformLocation(program, name); };
  var state = window.sdf.getState();
  if (target === 'webgl2') {
    gl.uniform2f(at('u_resolution'), width, height);
    var v = state.view;
    gl.uniform4f(at('u_view'), v.center[0], v.center[1], v.zoom, v.rotation);
    gl.uniform1f(at('u_time'), time);
  } else {
    gl.uniform3f(at('iResolution'), width, height, 1);
    gl.uniform1f(at('iTime'), time);
    gl.uniform4f(at('iMouse'), 0, 0, 0, 0);
  }
  // Parameters kept as uniforms get the defaults their header line lists.
  var line = text.split('\n').find(function (l) { return l.indexOf('// uniform defaults: ') === 0; });
  if (line) defaults = JSON.parse(line.slice('// uniform defaults: '.length));
  for (var u = 0; u < gl.getProgramParameter(program, gl.ACTIVE_UNIFORMS); u++) {
    var info = gl.getActiveUniform(program, u);
    var value = defaults[info.name];
    if (value === undefined) continue;
    var list = [].concat(value);
    if (info.type === gl.INT || info.type === gl.BOOL) gl.uniform1i(at(info.name), list[0]);
    else if (info.type === gl.FLOAT) gl.uniform1f(at(info.name), list[0]);
    else if (info.type === gl.FLOAT_VEC2) gl.uniform2fv(at(info.name), list);
    else if (info.type === gl.FLOAT_VEC3) gl.uniform3fv(at(info.name), list);
    else if (info.type === gl.FLOAT_VEC4) gl.uniform4fv(at(info.name), list);
    else return { error: 'the harness cannot set ' + info.name };
  }
  gl.viewport(0, 0, width, height);
  gl.bindVertexArray(gl.createVertexArray());
  gl.drawArrays(gl.TRIANGLES, 0, 3);
  var mine = new Uint8Array(width * height * 4);
  gl.readPixels(0, 0, width, height, gl.RGBA, gl.UNSIGNED_BYTE, mine);
  gl.getExtension('WEBGL_lose_context').loseContext();
  var theirs = Uint8Array.from(atob(viewer.base64), function (c) { return c.charCodeAt(0); });
  var worst = { diff: 0, x: 0, y: 0 };
  var lit = 0, over = 0, sum = 0;
  for (var y = 0; y < height; y++)
    for (var x = 0; x < width; x++)
      for (var c = 0; c < 4; c++) {
        // The viewer's rows run top to bottom, readPixels' bottom up.
        var a = theirs[(y * width + x) * 4 + c];
        var b = mine[((height - 1 - y) * width + x) * 4 + c];
        if (c === 0 && a > 0) lit++;
        if (Math.abs(a - b) > 1) over++;
        sum += Math.abs(a - b);
        if (Math.abs(a - b) > worst.diff) worst = { diff: Math.abs(a - b), x: x, y: y };
      }
  return { worst: worst, lit: lit, over: over, mean: sum / (width * height * 4), pixels: width * height };
};
`;

export interface ShaderComparison {
  readonly error?: string;
  readonly worst?: { diff: number; x: number; y: number };
  /** Pixels whose red channel is above 0 in the viewer's frame. */
  readonly lit?: number;
  readonly pixels?: number;
  /** Channels more than one step apart. */
  readonly over?: number;
  /** Mean absolute difference per channel, in 8-bit steps. */
  readonly mean?: number;
}

export async function installShaderHarness(page: Page): Promise<void> {
  await page.addScriptTag({ content: HARNESS });
}

/** The uniform defaults a `uniforms`-form export lists in its header. */
export function uniformDefaults(text: string): Record<string, unknown> {
  const line = text.split('\n').find((l) => l.startsWith(UNIFORM_DEFAULTS_PREFIX));
  return line
    ? (JSON.parse(line.slice(UNIFORM_DEFAULTS_PREFIX.length)) as Record<string, unknown>)
    : {};
}

/**
 * Draws `text` as `target` at the viewer's canvas size and time; compares with its canvas.
 * `unfold` names constants to declare as uniforms of these values instead.
 */
export function compareExportedShader(
  page: Page,
  text: string,
  target: string,
  time: number,
  unfold: Record<string, unknown> = {},
): Promise<ShaderComparison> {
  return page.evaluate(
    (t, g, s, u) =>
      (
        window as unknown as {
          compareExportedShader: (t: string, g: string, s: number, u: unknown) => ShaderComparison;
        }
      ).compareExportedShader(t, g, s, u),
    text,
    target,
    time,
    unfold,
  );
}
