import type { ParamSpec } from '../shader/params';

/**
 * How a scene's or warp's parameters read inside its expressions: a float as itself, an
 * int, bool or enum as a float, a point2D as two names `<name>_x` and `<name>_y`. Colours
 * are not numbers and stay out. Values are GLSL float expressions of the header's uniforms.
 */
export function expressionParams(specs: readonly ParamSpec[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const spec of specs) {
    if (spec.type === 'float') names.set(spec.name, spec.uniform);
    else if (spec.type === 'point2D') {
      names.set(`${spec.name}_x`, `${spec.uniform}.x`);
      names.set(`${spec.name}_y`, `${spec.uniform}.y`);
    } else if (spec.type !== 'color') names.set(spec.name, `float(${spec.uniform})`);
  }
  return names;
}
