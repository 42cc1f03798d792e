import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../src/model/library';
import { diskSources } from '../../src/node/disk-sources';
import { foldConditionals } from '../../src/shader/fold-conditionals';
import { assembleVariant, type Variant } from '../../src/variant/variant';
import { frameStage, stageKey } from '../../src/render/variant-programs';
import { REPO_ROOT } from '../tools/assemble-case';

const files = diskSources(REPO_ROOT);
const library = createLibrary(files);
const base: Variant = {
  scene: library.scenes.get('shapes')!,
  warp: library.warps.get('swirl')!,
  source: 'analytic',
  filter: 'adaptive',
  output: 'color',
  probe: 'field',
  referenceN: 8,
  debug: 'none',
  generated: { files: [] },
};

describe('the adaptive filter in passes', () => {
  it('runs in passes for colour and coverage frames only', () => {
    expect(frameStage(base)).toBe('mark');
    expect(frameStage({ ...base, output: 'coverage' })).toBe('mark');
    expect(frameStage({ ...base, output: 'probe' })).toBe('single');
    expect(frameStage({ ...base, debug: 'error' })).toBe('single');
    expect(frameStage({ ...base, filter: 'box' })).toBe('single');
    expect(frameStage({ ...base, source: 'none' })).toBe('single');
    expect(frameStage({ ...base, source: 'reference' })).toBe('single');
  });

  it('gives each stage its own program key and text', () => {
    const keys = new Set((['single', 'mark', 'refine'] as const).map((s) => stageKey(base, s)));
    expect(keys.size).toBe(3);
    // The text the compiler sees: conditionals resolved.
    const text = (stage: 'single' | 'mark' | 'refine') => {
      const assembled = assembleVariant(files, base, stage);
      const lines = assembled.source
        .split('\n')
        .map((line, i) => ({ text: line, origin: assembled.lineMap[i]! }));
      return foldConditionals(lines)
        .map((line) => line.text)
        .join('\n');
    };
    expect(text('mark')).toMatch(/out vec4 outMark/);
    expect(text('single')).not.toMatch(/outMark/);
    expect(text('refine')).toMatch(/in float v_split/);
    // Only the one-pass filter calls its loop; the mark stage draws box coverage.
    expect(text('single')).toMatch(/return adaptiveCoverage\(/);
    expect(text('mark')).not.toMatch(/return adaptiveCoverage\(/);
    expect(text('refine')).toMatch(/return refineCoverage\(/);
  });
});
