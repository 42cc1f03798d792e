import { describe, expect, it } from 'vitest';
import { applyPatch, DEFAULT_STATE } from '../../src/state';

const known = { scenes: new Set(['shapes', 'circle']), warps: new Set(['identity']) };

describe('applyPatch', () => {
  it('applies valid fields and leaves the rest', () => {
    const { state, problems } = applyPatch(
      DEFAULT_STATE,
      { scene: 'circle', aa: { fadeWidth: 2.5 } },
      known,
    );
    expect(problems).toEqual([]);
    expect(state.scene).toBe('circle');
    expect(state.aa).toEqual({ ...DEFAULT_STATE.aa, fadeWidth: 2.5 });
    expect(state.view).toEqual(DEFAULT_STATE.view);
  });

  it('rejects each bad field by name and keeps its previous value', () => {
    const { state, problems } = applyPatch(
      DEFAULT_STATE,
      {
        scene: 'nope',
        view: { zoom: -1, center: [0, Number.NaN] },
        aa: { source: 'magic', fadeWidth: 9 },
        background: [0, 0, 2, 1],
        extra: 1,
      },
      known,
    );
    expect(state).toEqual(DEFAULT_STATE);
    expect(problems).toEqual([
      'extra: unknown field',
      'scene: unknown scene (known: shapes, circle)',
      'view.center: must be two finite numbers',
      'view.zoom: must be a number in [0.0001, 1000000]',
      'aa.source: must be one of none, analytic',
      'aa.fadeWidth: must be a number in [0, 8]',
      'background: must be four numbers in [0, 1]',
    ]);
  });

  it('accepts fade width 0 (a hard edge) and 8', () => {
    expect(applyPatch(DEFAULT_STATE, { aa: { fadeWidth: 0 } }, known).problems).toEqual([]);
    expect(applyPatch(DEFAULT_STATE, { aa: { fadeWidth: 8 } }, known).problems).toEqual([]);
  });

  it('refuses non-objects and prototype keys', () => {
    expect(applyPatch(DEFAULT_STATE, 'scene=circle', known).problems).toEqual([
      'state: expected an object',
    ]);
    const hostile = JSON.parse('{"__proto__": {"scene": "circle"}}') as unknown;
    const { state, problems } = applyPatch(DEFAULT_STATE, hostile, known);
    expect(state.scene).toBe(DEFAULT_STATE.scene);
    expect(problems).toEqual(['__proto__: unknown field']);
  });
});
