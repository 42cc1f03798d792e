import type GUI from 'lil-gui';
import { AA_FILTERS, AA_SOURCES, type ViewerState } from '../model/state';
import type { Viewer } from '../render/viewer';

/**
 * The panel's Compare folder: split screen on or off, the right side's method, and where the
 * divider sits. Like the rest of the panel it edits a mirror of the state through
 * `viewer.update` and follows every state change, so keys and the divider drag show here.
 */
export function createCompareFolder(gui: GUI, viewer: Viewer): GUI {
  const folder = gui.addFolder('Compare');
  const mirror = { ...viewer.state.compare } as Record<string, unknown>;
  const enabled = folder
    .add(mirror, 'enabled')
    .name('split screen (C)')
    .onChange((v: boolean) => viewer.update({ compare: { enabled: v } }));
  const source = folder
    .add(mirror, 'source', [...AA_SOURCES])
    .name('right: source')
    .onChange((v: string) => viewer.update({ compare: { source: v } }));
  const filter = folder
    .add(mirror, 'filter', [...AA_FILTERS])
    .name('right: filter')
    .onChange((v: string) => viewer.update({ compare: { filter: v } }));
  const split = folder
    .add(mirror, 'split', 0, 1, 0.01)
    .name('divider')
    .onChange((v: number) => viewer.update({ compare: { split: v } }));

  const sync = (state: ViewerState): void => {
    Object.assign(mirror, state.compare);
    const on = state.compare.enabled;
    source.enable(on);
    filter.enable(on && state.compare.source !== 'none' && state.compare.source !== 'reference');
    split.enable(on);
    for (const c of [enabled, source, filter, split]) c.updateDisplay();
  };
  viewer.changed.on(sync);
  sync(viewer.state);
  return folder;
}
