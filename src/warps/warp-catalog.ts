/** A coordinate warp: its GLSL function, the chunk that defines it, and what it does. */
export interface WarpInfo {
  readonly id: string;
  readonly name: string;
  /** `vec2 fn(vec2 p, out mat2 J)`, defined in `file`. */
  readonly fn: string;
  readonly file: string;
}

export const WARPS: readonly WarpInfo[] = [
  { id: 'identity', name: 'Identity', fn: 'warpIdentity', file: 'warp/identity.glsl' },
];

export function findWarp(id: string): WarpInfo | undefined {
  return WARPS.find((warp) => warp.id === id);
}
