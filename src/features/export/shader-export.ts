/**
 * The current view as one self-contained fragment shader: the variant the viewer draws,
 * its conditionals resolved, only what it uses, parameters as named constants (or, when
 * a header ties one to time, as an expression of u_time), the view as a uniform (WebGL2)
 * or a constant with mouse panning (Shadertoy). Shader files keep their own comments;
 * nothing typed by the user goes in as typed: formulas arrive as the code generated from
 * their parse, and names only as checked ids.
 */
import { methodLabel } from '../../model/compare';
import type { ShaderLibrary } from '../../model/library';
import { animatedGlsl, paramIsAnimated } from '../../shader/param-animation';
import { foldConditionals } from '../../shader/fold-conditionals';
import { glslFloat32, shortestFloat32 } from '../../shader/glsl-float';
import { shake, splitItems, type ShaderItem } from '../../shader/tree-shake';
import { assembleVariant } from '../../variant/variant';
import { PREAMBLE_FILE } from '../../shader/assemble';
import { VARIANT_ROOT } from '../../variant/variant';
import type { ViewerState } from '../../model/state';
import { stateParams, stateUniforms, stateVariant } from '../../variant/state-variant';
import { targetParts, type ShaderTarget } from './shader-targets';

export interface ExportedShader {
  readonly text: string;
  /** `<scene>-<warp>.<target>.glsl` */
  readonly fileName: string;
}

type UniformValue = number | readonly number[];

export const PARAM_FORMS = ['constants', 'uniforms'] as const;
export type ParamForm = (typeof PARAM_FORMS)[number];

export interface ShaderExportOptions {
  readonly target: ShaderTarget;
  /**
   * `constants` (the default) writes each parameter as a named constant; `uniforms` (WebGL2
   * only) keeps it a uniform, its default listed in the header's `uniform defaults` line,
   * so a page can change it live. The compiler folds constants: sin(0.3) is then exact,
   * where a GPU's sin of a uniform is its own approximation.
   */
  readonly params?: ParamForm;
  /** Values of uniforms that are not parameters of the scene or warp (the lab's). */
  readonly extraUniforms?: Readonly<Record<string, UniformValue>>;
}

/** The header line that lists the uniforms' defaults as JSON, in `uniforms` form. */
export const UNIFORM_DEFAULTS_PREFIX = '// uniform defaults: ';

/** Throws Error with a message for the page or the CLI when the state has no shader. */
export function exportShader(
  library: ShaderLibrary,
  state: ViewerState,
  { target, params = 'constants', extraUniforms = {} }: ShaderExportOptions,
): ExportedShader {
  if (params === 'uniforms' && target !== 'webgl2')
    throw new Error('parameters as uniforms need the webgl2 target: Shadertoy sets no uniforms');
  const output = state.output === 'coverage' ? 'coverage' : 'color';
  const variant = stateVariant(library, state, { output });
  if ('message' in variant) throw new Error(`cannot export this view: ${variant.message}`);
  const assembled = assembleVariant(library.files, variant);
  const lines = assembled.source
    .split('\n')
    .map((text, i) => ({ text, origin: assembled.lineMap[i]! }));
  const shaken = shake(splitItems(foldConditionals(lines)), ['main']);

  const values = { ...stateUniforms(library, state), ...extraUniforms };
  const animated = animatedUniforms(library, state);
  const parts = targetParts(target, state.view);
  const body: string[] = [];
  let file = '';
  const headersShown = new Set<string>();
  const defaults: Record<string, UniformValue> = {};
  const form = { target, params, values, animated, defaults };
  for (const item of shaken.items) {
    const text = rewrite(item, form);
    if (!text) continue;
    if (item.file !== file) {
      file = item.file;
      body.push('', `// ---- ${sectionName(file)} ----`);
      const header = shaken.headers.get(file);
      if (header && !headersShown.has(file)) body.push(...header, '');
      headersShown.add(file);
    }
    // A blank line before each function, as in the files.
    if (item.kind === 'function' && body.at(-1) !== '' && !item.comments.length) body.push('');
    else if (item.comments.length && body.at(-1) !== '') body.push('');
    body.push(...item.comments, ...text);
  }
  const scene = library.scenes.get(state.scene)!;
  const title = titleLines(state, target, scene.id, output === 'coverage');
  const text = [
    ...(parts.version ? [parts.version] : []),
    ...title,
    ...parts.head,
    ...(params === 'uniforms' ? [`${UNIFORM_DEFAULTS_PREFIX}${JSON.stringify(defaults)}`] : []),
    ...body,
    '',
    '// ---- entry point ----',
    ...parts.entry,
  ];
  // Shadertoy's own wrapper may name its output outColor: keep clear of it.
  const joined = text.join('\n').replace(/\n{3,}/g, '\n\n');
  return {
    text: `${target === 'shadertoy' ? joined.replace(/\boutColor\b/g, 'sdfColor') : joined}\n`,
    fileName: `${scene.id}-${state.warp}.${target}.glsl`,
  };
}

/** How each derivative source gets its pixel-space gradient, for the title comment. */
const HOW: Record<string, string> = {
  none: 'Hard edges: no antialiasing.',
  naive: "The scene gradient is scaled by the view alone (the warp's Jacobian left out).",
  hardware: "The pixel-space gradient is the GPU's dFdx / dFdy of f (2x2 quads).",
  analytic:
    "The scene's analytic gradient is pushed through the warp and view Jacobians per pixel (the chain rule), so edges fade over the same device pixels however the warp squeezes space.",
  autodiff:
    'The gradient comes from dual numbers through the warp and the view (the chain rule), so edges fade over the same device pixels however the warp squeezes space.',
  'second-order':
    'Second-order jets through the warp and the view: the gradient and the curvature of the edge move the distance estimate.',
  'finite-difference': 'The pixel-space gradient is a central difference of the whole chain.',
  reference: 'Supersampled: jittered stratified samples of the hard edge per pixel.',
};

function titleLines(state: ViewerState, target: ShaderTarget, scene: string, mask: boolean) {
  const { source, filter, referenceN, fadeWidth } = state.aa;
  const fade =
    source === 'none' || source === 'reference' ? '' : `, fade ${glslFloat32(fadeWidth)} px`;
  const what = target === 'webgl2' ? 'WebGL2 (GLSL ES 3.00)' : 'Shadertoy';
  return [
    `// Scene "${scene}" through the warp "${state.warp}", ${methodLabel(source, filter, referenceN)}${fade}${mask ? ', coverage mask' : ''}.`,
    `// One self-contained ${what} fragment shader, exported by sdf-warp-viewer.`,
    ...wrapComment(HOW[source] ?? ''),
    ...(state.compare.enabled ? ['// The split-screen compare method is not part of it.'] : []),
    ...(scene === 'optimise'
      ? ["// The optimisation lab's paths and markers are drawn by the viewer, not by this shader."]
      : []),
  ];
}

/** `text` as `//` lines of at most 90 characters. */
function wrapComment(text: string): string[] {
  const lines: string[] = [];
  let line = '//';
  for (const word of text.split(' ').filter(Boolean)) {
    if (line.length + word.length + 1 > 90) {
      lines.push(line);
      line = '//';
    }
    line += ` ${word}`;
  }
  return line === '//' ? lines : [...lines, line];
}

function sectionName(file: string): string {
  if (file === PREAMBLE_FILE) return 'options';
  if (file === VARIANT_ROOT) return 'parameters';
  const generated = /^generated\/(custom-warp|warp-ad|field)-/.exec(file)?.[1];
  if (generated)
    return {
      'custom-warp': 'the warp formula, as generated code',
      'warp-ad': "the warp's dual-number form, as generated code",
      field: 'the field formula, as generated code',
    }[generated]!;
  return file.replace(/[^\w./-]/g, '_');
}

/** Parameters a header ties to time, as GLSL expressions of u_time, by uniform. */
function animatedUniforms(library: ShaderLibrary, state: ViewerState): Map<string, string> {
  return new Map(
    stateParams(library, state)
      .filter(({ spec }) => paramIsAnimated(spec))
      .map(({ spec, value }) => [spec.uniform, animatedGlsl(spec, value as number, 'u_time')]),
  );
}

const UNIFORM = /^\s*uniform\s+(\w+)\s+(\w+)\s*;(.*)$/;

interface Form {
  readonly target: ShaderTarget;
  readonly params: ParamForm;
  readonly values: Readonly<Record<string, UniformValue>>;
  readonly animated: ReadonlyMap<string, string>;
  /** Filled in: the uniforms kept, with their values. */
  readonly defaults: Record<string, UniformValue>;
}

/** The item's text in the export, or null to leave it out. */
function rewrite(
  item: ShaderItem,
  { target, params, values, animated, defaults }: Form,
): string[] | null {
  const first = item.lines[0]!;
  if (item.kind === 'directive' && /^\s*(#\s*version|precision)\b/.test(first)) return null;
  if (item.kind === 'function' && item.names[0] === 'main')
    return [first.replace(/\bmain\s*\(/, 'sdfMain('), ...item.lines.slice(1)];
  if (target === 'shadertoy' && /^\s*out\s+vec4\s+outColor\s*;/.test(first))
    return [first.replace(/^\s*out\s+/, '')];
  const uniform = UNIFORM.exec(first);
  if (!uniform || item.lines.length > 1) return item.lines;
  const [, type, name, comment] = uniform as unknown as [string, string, string, string];
  if (name === 'u_time') return null;
  if (name === 'u_viewOrigin' || name === 'u_viewJacobian') return [`${type} ${name};${comment}`];
  // A uniform nobody sets is 0: the offset of an untiled image.
  if (name === 'u_pixelOffset') return [`${first} // 0 unless drawn in tiles`];
  const expression = animated.get(name);
  if (expression) return [`#define ${name} ${expression}`];
  const value = values[name];
  if (value === undefined) return [`${first} // not set by the viewer: give it a value`];
  if (params === 'constants') return [`const ${type} ${name} = ${literal(type, value)};${comment}`];
  defaults[name] =
    type === 'bool'
      ? Number(Boolean(value))
      : typeof value === 'number'
        ? shortestFloat32(value)
        : value.map(shortestFloat32);
  return [`${first} // default ${literal(type, value)}`];
}

function literal(type: string, value: UniformValue): string {
  const list = typeof value === 'number' ? [value] : [...value];
  if (type === 'bool') return list[0] ? 'true' : 'false';
  if (type === 'int') return String(Math.round(list[0]!));
  if (type === 'float') return glslFloat32(list[0]!);
  return `${type}(${list.map(glslFloat32).join(', ')})`;
}
