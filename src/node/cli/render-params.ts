/**
 * `--set <param>=<value>` for the command line: finds the parameter (scene first, then warp;
 * `scene.` or `warp.` in front picks one) and reads the value by the parameter's type.
 */
import { paramProblem, type ParamSpec, type ParamValue } from '../../shader/params';

interface Owner {
  readonly id: string;
  readonly params: readonly ParamSpec[];
}

export interface ParamSetting {
  readonly field: 'sceneParams' | 'warpParams';
  readonly owner: string;
  readonly name: string;
  readonly value: ParamValue;
}

/** One `--set` assignment against the current scene and warp; throws with what is wrong. */
export function parseParamSetting(text: string, scene: Owner, warp: Owner): ParamSetting {
  const eq = text.indexOf('=');
  if (eq < 1) throw new Error(`--set: expected <param>=<value>, got "${text}"`);
  const key = text.slice(0, eq).trim();
  const raw = text.slice(eq + 1).trim();
  const prefix = /^(scene|warp)\.(.+)$/.exec(key);
  const name = prefix ? prefix[2]! : key;
  const owners: [ParamSetting['field'], Owner][] = [];
  if (prefix?.[1] !== 'warp') owners.push(['sceneParams', scene]);
  if (prefix?.[1] !== 'scene') owners.push(['warpParams', warp]);
  for (const [field, owner] of owners) {
    const spec = owner.params.find((p) => p.name === name);
    if (!spec) continue;
    const value = parseParamText(spec, raw);
    const problem = value === undefined ? typeHint(spec) : paramProblem(spec, value);
    if (problem) throw new Error(`--set ${key}: ${problem}, got "${raw}"`);
    return { field, owner: owner.id, name, value: value! };
  }
  const known = (kind: string, o: Owner) =>
    `${kind} ${o.id}: ${o.params.map((p) => p.name).join(', ') || 'none'}`;
  throw new Error(
    `--set: unknown parameter "${key}" (${known('scene', scene)}; ${known('warp', warp)})`,
  );
}

/** The value `text` stands for under `spec`'s type, or undefined when it cannot be read. */
export function parseParamText(spec: ParamSpec, text: string): ParamValue | undefined {
  const numbers = (count: number): number[] | undefined => {
    const parts = text.split(',').map((p) => (p.trim() === '' ? NaN : Number(p)));
    return parts.length === count && parts.every(Number.isFinite) ? parts : undefined;
  };
  switch (spec.type) {
    case 'float':
    case 'int':
      return numbers(1)?.[0];
    case 'bool':
      return text === 'true' ? true : text === 'false' ? false : undefined;
    case 'color': {
      const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(text);
      return hex ? hex.slice(1).map((h) => parseInt(h, 16) / 255) : numbers(3);
    }
    case 'point2D':
      return numbers(2);
    case 'enum':
      return text;
  }
}

function typeHint(spec: ParamSpec): string {
  switch (spec.type) {
    case 'float':
    case 'int':
      return 'must be a number';
    case 'bool':
      return 'must be true or false';
    case 'color':
      return 'must be a colour as #rrggbb or r,g,b (each 0 to 1)';
    case 'point2D':
      return 'must be a point as x,y';
    case 'enum':
      return `must be one of ${spec.options.join(', ')}`;
  }
}
