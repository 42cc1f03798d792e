/**
 * Where expressions enter a shader variant. The `custom` scene and warp are virtual
 * catalogue entries whose files are generated from the state's formulas; a built-in warp
 * with an `expr` header gets a generated autodiff form for the `autodiff` and
 * `second-order` sources; a scene with a `field` header gets a generated sdgScene.
 */
import type { SceneInfo } from '../catalog/scene-header';
import type { AaFilter, AaSource, ViewerState } from '../model/state';
import type { WarpInfo } from '../catalog/warp-catalog';
import { warpExpressionContext } from '../catalog/warp-catalog';
import {
  customWarpFile,
  fieldExpressionContext,
  fieldFile,
  labFieldFile,
  warpAdFile,
  type GeneratedFile,
} from '../expr/generated-sources';
import { withUniforms } from '../shader/params';
import { MAX_OPERATIONS, OPERATION_WEIGHT } from '../expr/grammar';
import { ExprError, type Formula } from '../expr/parse';

export const CUSTOM_ID = 'custom';

export const CUSTOM_SCENE: SceneInfo = {
  id: CUSTOM_ID,
  name: 'Custom field (formula)',
  description:
    'The field typed in the Scene folder, f(u, v), with autodiff gradients and Hessians.',
  file: 'generated/custom-field.glsl',
  // sRGB orange; the host declares u_ink and hands it over in linear light.
  params: withUniforms([{ name: 'ink', type: 'color', default: [0.96, 0.63, 0.16] }]),
  defaults: {},
};

export const CUSTOM_WARP: WarpInfo = {
  id: CUSTOM_ID,
  name: 'Custom (formula)',
  description:
    'The warp typed in the Warp folder, u(x, y); v(x, y), with its Jacobian by autodiff.',
  fn: 'warpCustom',
  file: 'generated/custom-warp.glsl',
  params: [],
};

export const OPTIMISE_ID = 'optimise';

/** The optimisation lab: contours of the objective typed in the Optimise folder. */
export const OPTIMISE_SCENE: SceneInfo = {
  id: OPTIMISE_ID,
  name: 'Optimisation lab (formula)',
  description:
    'Contours of an objective f(x, y) typed as a formula, with the paths of gradient descent, momentum, Nesterov, Newton, damped Newton and BFGS from a start point you click; derivatives by forward-mode jets.',
  file: 'generated/lab-field.glsl',
  params: [],
  defaults: {
    warp: 'identity',
    view: { center: [-0.2, 1], zoom: 0.45, rotation: 0 },
    aa: { source: 'analytic', filter: 'strip', fadeWidth: 1, strokeWidth: 1.25 },
  },
};

export interface ExpressionVariant {
  readonly scene: SceneInfo;
  readonly warp: WarpInfo;
  /** The generated autodiff form of a built-in warp, included right after the warp. */
  readonly warpAd?: GeneratedFile;
  /** The generated field of a scene with a `field` header, included before the scene. */
  readonly field?: GeneratedFile;
  /** Every generated file the variant includes (custom scene and warp files are theirs). */
  readonly files: readonly GeneratedFile[];
}

/**
 * The scene and warp a variant includes, with their generated files. Throws ExprError
 * (from the parser) when a formula does not parse: the caller keeps the last good program.
 */
export function expressionVariant(
  scene: SceneInfo,
  warp: WarpInfo,
  source: AaSource,
  expressions: ViewerState['expressions'] & { readonly objective?: string },
  filter: AaFilter = 'box',
): ExpressionVariant {
  const files: GeneratedFile[] = [];
  const use = (file: GeneratedFile) => (files.push(file), file);
  let warpOut = warp;
  let warpAd: GeneratedFile | undefined;
  if (warp.id === CUSTOM_ID) {
    const text = expressions.warp;
    const file = use(
      cached(`custom|${text}`, 'warp formula', () =>
        customWarpFile(text, warpExpressionContext([])),
      ),
    );
    warpOut = { ...warp, file: file.file, expr: text };
  } else if (warp.expr && (source === 'autodiff' || source === 'second-order')) {
    const text = warp.expr;
    warpAd = use(
      cached(`${warp.file}|${text}`, 'warp expr', () =>
        warpAdFile(text, warpExpressionContext(warp.params)),
      ),
    );
  }
  let sceneOut = scene;
  let field: GeneratedFile | undefined;
  if (scene.id === CUSTOM_ID) {
    const text = expressions.field;
    const file = use(
      cached(`custom|${text}`, 'field formula', () =>
        fieldFile(text, fieldExpressionContext([]), 'u_ink'),
      ),
    );
    sceneOut = { ...scene, file: file.file, field: text };
  } else if (scene.id === OPTIMISE_ID) {
    const text = expressions.objective ?? '';
    const file = use(
      cached(`lab|${text}`, 'objective', () => labFieldFile(text, fieldExpressionContext([]))),
    );
    sceneOut = { ...scene, file: file.file, field: text };
  } else if (scene.field) {
    const text = scene.field;
    field = use(
      cached(`${scene.file}|${text}`, 'field', () =>
        fieldFile(text, fieldExpressionContext(scene.params)),
      ),
    );
  }
  const typed = [
    ...(warp.id === CUSTOM_ID ? [['warp formula', files[0]!] as const] : []),
    ...(scene.id === CUSTOM_ID ? [['field formula', files.at(-1)!] as const] : []),
    ...(scene.id === OPTIMISE_ID ? [['objective', files.at(-1)!] as const] : []),
  ];
  checkOperationBudget(typed, source, filter);
  return { scene: sceneOut, warp: warpOut, warpAd, field, files };
}

/** The operations one formula may generate for this source and filter. */
function operationBudget(source: AaSource, filter: AaFilter): number {
  const weight =
    (source === 'second-order' ? OPERATION_WEIGHT.jets : 1) *
    (source === 'reference' || filter === 'adaptive' ? OPERATION_WEIGHT.loop : 1);
  return Math.floor(MAX_OPERATIONS / weight);
}

/**
 * Refuses typed formulas whose shader would take seconds to compile, before anything is
 * compiled, naming the cap: a frozen page is worse than a clear "too large".
 */
export function checkOperationBudget(
  typed: readonly (readonly [string, { readonly operations: number }])[],
  source: AaSource,
  filter: AaFilter,
): void {
  const budget = operationBudget(source, filter);
  const total = typed.reduce((sum, [, file]) => sum + file.operations, 0);
  if (total <= budget) return;
  const label = typed.length === 1 ? typed[0]![0] : 'warp and field formulas';
  const why =
    budget < MAX_OPERATIONS
      ? ` with the ${source} source and ${filter} filter (${MAX_OPERATIONS} with first-order derivatives and one sample)`
      : '';
  throw new ExprError(
    `${label}: the generated shader needs ${total} operations; the limit is ${budget}${why}, so that no edit blocks the page for seconds`,
    0,
    1,
    typed.flatMap(([name]) => (FORMULA_OF[name] ? [FORMULA_OF[name]] : [])),
  );
}

/** The typed formula behind each label (a built-in warp's own `expr` is none of them). */
const FORMULA_OF: Readonly<Record<string, Formula>> = {
  'warp formula': 'warp',
  'field formula': 'field',
  objective: 'objective',
};

/** The typed formulas whose generated files `files` (a compile error's) name. */
export function formulasIn(
  variant: Pick<ExpressionVariant, 'scene' | 'warp'>,
  files: readonly string[],
): Formula[] {
  const of: [string, Formula | undefined][] = [
    [variant.warp.file, variant.warp.id === CUSTOM_ID ? 'warp' : undefined],
    [variant.scene.file, FORMULA_SCENES[variant.scene.id]],
  ];
  return of.flatMap(([file, formula]) => (formula && files.includes(file) ? [formula] : []));
}
const FORMULA_SCENES: Readonly<Record<string, Formula>> = {
  [CUSTOM_ID]: 'field',
  [OPTIMISE_ID]: 'objective',
};

/** Parsing and codegen run once per distinct formula, not once per frame. */
const cache = new Map<string, GeneratedFile>();
function cached(key: string, label: string, make: () => GeneratedFile): GeneratedFile {
  let file = cache.get(`${label}|${key}`);
  if (!file) {
    try {
      file = make();
    } catch (error) {
      if (!(error instanceof ExprError)) throw error;
      const formulas = FORMULA_OF[label] ? [FORMULA_OF[label]] : [];
      throw new ExprError(`${label}: ${error.message}`, error.position, error.length, formulas);
    }
    if (cache.size > 64) cache.clear();
    cache.set(`${label}|${key}`, file);
  }
  return file;
}
