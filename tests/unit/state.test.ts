import { describe, expect, it } from 'vitest';
import { AA_SOURCES, applyPatch, DEFAULT_STATE } from '../../src/model/state';
import { paramValue } from '../../src/model/param-values';
import { knownCatalog, SWIRL } from '../tools/catalog-fixture';

const swirl = SWIRL;
const known = knownCatalog(['shapes', 'circle']);

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
      `aa.source: must be one of ${AA_SOURCES.join(', ')}`,
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

describe('warp parameters', () => {
  it('merges checked values per warp and falls back to defaults', () => {
    const { state, problems } = applyPatch(
      DEFAULT_STATE,
      { warpParams: { swirl: { strength: -3 } } },
      known,
    );
    expect(problems).toEqual([]);
    expect(paramValue(state.warpParams, swirl, 'strength')).toBe(-3);
    expect(paramValue(state.warpParams, swirl, 'center')).toEqual([0, 0]);
  });

  it('rejects unknown warps, unknown parameters and out-of-range values by name', () => {
    const { state, problems } = applyPatch(
      DEFAULT_STATE,
      { warpParams: { nope: {}, swirl: { strength: 11, center: [0, 3], spin: 1 } } },
      known,
    );
    expect(state.warpParams.swirl).toEqual({});
    expect(problems).toEqual([
      'warpParams.nope: unknown warp',
      'warpParams.swirl.strength: must be a number in [-10, 10]',
      'warpParams.swirl.center: must be two numbers in [-2, 2]',
      'warpParams.swirl.spin: unknown parameter',
    ]);
  });

  it('bounds the reference sample count to 1..64 integers', () => {
    expect(applyPatch(DEFAULT_STATE, { aa: { referenceN: 65 } }, known).problems).toEqual([
      'aa.referenceN: must be an integer in [1, 64]',
    ]);
    expect(applyPatch(DEFAULT_STATE, { aa: { referenceN: 2.5 } }, known).problems).toHaveLength(1);
    expect(applyPatch(DEFAULT_STATE, { aa: { referenceN: 64 } }, known).state.aa.referenceN).toBe(
      64,
    );
  });

  it('rejects a negative fade width', () => {
    expect(applyPatch(DEFAULT_STATE, { aa: { fadeWidth: -1 } }, known).problems).toEqual([
      'aa.fadeWidth: must be a number in [0, 8]',
    ]);
  });
});
