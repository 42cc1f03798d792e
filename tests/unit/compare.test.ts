import { describe, expect, it } from 'vitest';
import { compareColumn, compareState, methodLabel } from '../../src/model/compare';
import { benchMethodLabel, BENCH_METHODS, rowMethod, rowSource } from '../../src/node/bench/plan';
import { AA_SOURCES, applyPatch, DEFAULT_STATE } from '../../src/model/state';
import { knownCatalog } from '../tools/catalog-fixture';

const known = knownCatalog(['shapes']);
const withCompare = (compare: object) =>
  applyPatch(DEFAULT_STATE, { compare: { enabled: true, ...compare } }, known).state;

describe('split-screen compare', () => {
  it('is off by default, hardware + linear on the right, divider in the middle', () => {
    expect(DEFAULT_STATE.compare).toEqual({
      enabled: false,
      source: 'hardware',
      filter: 'linear',
      split: 0.5,
    });
    expect(compareColumn(DEFAULT_STATE, { width: 640 })).toBeUndefined();
  });

  it('rejects bad fields with a message naming each, and keeps the rest', () => {
    const { state, problems } = applyPatch(
      DEFAULT_STATE,
      { compare: { enabled: 'yes', source: 'magic', filter: 'box', split: 1.5, extra: 1 } },
      known,
    );
    expect(problems).toEqual([
      'compare.extra: unknown field',
      'compare.enabled: must be true or false',
      `compare.source: must be one of ${AA_SOURCES.join(', ')}`,
      'compare.split: must be a number in [0, 1]',
    ]);
    expect(state.compare).toEqual({ ...DEFAULT_STATE.compare, filter: 'box' });
  });

  it('puts the divider at the split fraction of the image width', () => {
    expect(compareColumn(withCompare({ split: 0.25 }), { width: 640 })).toBe(160);
    expect(compareColumn(withCompare({ split: 0 }), { width: 640 })).toBe(0);
    expect(compareColumn(withCompare({ split: 1 }), { width: 640 })).toBe(640);
  });

  it('splits export tiles where the whole image splits', () => {
    const state = withCompare({ split: 0.37 });
    const fullWidth = 1000;
    const whole = compareColumn(state, { width: fullWidth })!;
    // Four 256-wide tiles (the last one 232): each tile's local column, back in image columns.
    const starts = [0, 256, 512, 768];
    const columns = starts.map((x) => {
      const width = Math.min(256, fullWidth - x);
      return compareColumn(state, { width, region: { x, fullWidth } })!;
    });
    expect(whole).toBe(370);
    expect(columns).toEqual([256, 114, 0, 0]);
    // Every image column is drawn by the method the whole image would use there.
    starts.forEach((x, i) => {
      const width = Math.min(256, fullWidth - x);
      for (let c = 0; c < width; c++) expect(c >= columns[i]!).toBe(x + c >= whole);
    });
  });

  it('draws the right side with the compare method and nothing else changed', () => {
    const state = withCompare({ source: 'none', filter: 'step' });
    const right = compareState(state);
    expect(right.aa).toEqual({ ...state.aa, source: 'none', filter: 'step' });
    expect({ ...right, aa: state.aa, compare: state.compare }).toEqual(state);
    expect(right.compare.enabled).toBe(false);
  });

  it('names methods as the labels show them', () => {
    expect(methodLabel('analytic', 'box', 8)).toBe('analytic + box');
    expect(methodLabel('reference', 'step', 16)).toBe('reference 16x16');
    expect(methodLabel('none', 'linear', 8)).toBe('none');
  });
});

describe('bench rows and labels', () => {
  it('round-trips every bench method through its row fields, and labels it as the UI does', () => {
    for (const m of BENCH_METHODS) {
      const back = rowMethod({ source: rowSource(m), filter: m.filter });
      expect(back).toEqual(m.source === 'reference' ? m : { source: m.source, filter: m.filter });
      expect(benchMethodLabel(m)).toBe(methodLabel(m.source, m.filter, m.referenceN ?? 16));
    }
    expect(rowSource({ source: 'reference', filter: 'step', referenceN: 8 })).toBe('supersample-8');
  });
});
