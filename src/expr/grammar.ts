/**
 * What an expression may contain, besides numbers, + - * / ^ and unary minus: these
 * functions (with their argument counts) and these constants. Anything else is rejected
 * before any GLSL is generated.
 */
export const FUNCTIONS: Readonly<Record<string, { readonly arity: readonly number[] }>> = {
  sin: { arity: [1] },
  cos: { arity: [1] },
  tan: { arity: [1] },
  asin: { arity: [1] },
  acos: { arity: [1] },
  atan: { arity: [1] },
  atan2: { arity: [2] },
  sinh: { arity: [1] },
  cosh: { arity: [1] },
  tanh: { arity: [1] },
  exp: { arity: [1] },
  log: { arity: [1] },
  sqrt: { arity: [1] },
  pow: { arity: [2] },
  abs: { arity: [1] },
  min: { arity: [2] },
  max: { arity: [2] },
  floor: { arity: [1] },
  fract: { arity: [1] },
  mod: { arity: [2] },
  clamp: { arity: [3] },
  mix: { arity: [3] },
  smoothstep: { arity: [3] },
  length: { arity: [1, 2] },
  hypot: { arity: [2] },
  sign: { arity: [1] },
};

export const CONSTANTS: Readonly<Record<string, number>> = {
  pi: Math.PI,
  tau: 2 * Math.PI,
  e: Math.E,
};

/** Longest expression text accepted, in characters. */
export const MAX_EXPRESSION_CHARS = 8000;
/** Most `name = expr` definitions in one expression. */
export const MAX_DEFINITIONS = 200;
/** Deepest nesting of the tree (parentheses, calls and operators). */
export const MAX_DEPTH = 120;
/**
 * Most distinct operations after merging common subexpressions, for first-order
 * derivatives. The shader compiler's time grows faster than linearly with them: on
 * SwiftShader about 1 s at 500 operations and 4-22 s at 1000 (docs/autodiff.md).
 */
export const MAX_OPERATIONS = 500;
/**
 * How many times dearer an operation is to compile in a variant: jets (second order) carry
 * a Hessian, and the reference and adaptive filter evaluate the field in a loop.
 */
export const OPERATION_WEIGHT = { jets: 4, loop: 2 } as const;
