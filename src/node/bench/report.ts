import { benchMethodLabel, rowMethod, type BenchRow } from './plan';
import type { FloorRow } from './renderer-floor';
import type { TemporalRow } from './temporal-bench';

const pct = (x: number) => `${(x * 100).toFixed(2)} %`;

/** The bench rows as a markdown table, one block per scene, warp and size. */
export function markdownTable(rows: readonly BenchRow[]): string {
  const head =
    '| warp . scene | size | method | ms/frame (p10-p90) | x none | mean err | p99 err | max err |\n' +
    '| --- | --- | --- | --- | --- | --- | --- | --- |';
  const lines = rows.map((r) => {
    const method = benchMethodLabel(rowMethod(r));
    return (
      `| ${r.warp} . ${r.scene} | ${r.width}x${r.height} | ${method} | ` +
      `${r.msPerFrame.toFixed(2)} (${r.msP10.toFixed(2)}-${r.msP90.toFixed(2)}) | ${r.ratioToNone.toFixed(2)} | ` +
      `${pct(r.meanErr)} | ${pct(r.p99Err)} | ${pct(r.maxErr)} |`
    );
  });
  return [head, ...lines].join('\n');
}

/** The motion rows: temporal error, its floor, and flicker (change energy over the reference's). */
export function temporalTable(rows: readonly TemporalRow[]): string {
  const head =
    '| warp . scene | size | method | mean temporal err (floor) | p99 | max | flicker (x reference) |\n' +
    '| --- | --- | --- | --- | --- | --- | --- |';
  const lines = rows.map(
    (r) =>
      `| ${r.warp} . ${r.scene} | ${r.width}x${r.height} | ${benchMethodLabel(rowMethod(r))} | ` +
      `${pct(r.meanErr)} (${pct(r.floorMeanErr)}) | ${pct(r.p99Err)} | ${pct(r.maxErr)} | ${r.flicker.toFixed(2)} |`,
  );
  return [head, ...lines].join('\n');
}

/** The renderer's floor: each masked draw's cost as a fraction of the plain one. */
export function floorTable(rows: readonly FloorRow[]): string {
  const head = '| draw | ms | x plain | what |\n| --- | --- | --- | --- |';
  const lines = rows.map(
    (r) => `| ${r.name} | ${r.ms.toFixed(2)} | ${r.ofPlain.toFixed(2)} | ${r.what} |`,
  );
  return [head, ...lines].join('\n');
}
