import type GUI from 'lil-gui';
import { paramValue } from '../model/param-values';
import type { ParamSpec, ParamValue } from '../shader/params';
import type { ViewerState } from '../model/state';
import type { Viewer } from '../render/viewer';

type OwnerKind = 'scene' | 'warp';

/**
 * One control per parameter of the current scene or warp, generated from its header:
 * sliders for float and int, a checkbox for bool, a colour picker, a dropdown for enum and
 * two sliders for a point2D. Every edit goes through `viewer.update`, so it is validated.
 */
export class ParamControls {
  private folder: GUI;
  private values: Record<string, number | boolean | string | number[]> = {};
  /** The owner the controls were built for; lil-gui writes the picker's value before onChange. */
  private builtFor = '';

  constructor(
    private readonly parent: GUI,
    private readonly viewer: Viewer,
    private readonly kind: OwnerKind,
  ) {
    this.folder = parent.addFolder('parameters');
  }

  private owner(state: ViewerState) {
    return this.kind === 'scene'
      ? this.viewer.knownIds.scenes.get(state.scene)
      : this.viewer.knownIds.warps.get(state.warp);
  }

  private stored(state: ViewerState) {
    return this.kind === 'scene' ? state.sceneParams : state.warpParams;
  }

  rebuild(state: ViewerState): void {
    this.folder.destroy();
    this.folder = this.parent.addFolder('parameters');
    this.values = {};
    const owner = this.owner(state);
    this.builtFor = owner?.id ?? '';
    if (!owner) return;
    if (!owner.params.length) this.folder.hide();
    for (const spec of owner.params) {
      const value = paramValue(this.stored(state), owner, spec.name);
      const commit = () => this.commit(owner.id, spec);
      const label = spec.label ?? spacedWords(spec.name);
      if (spec.type === 'point2D') {
        const [x, y] = value as readonly number[];
        this.values[`${spec.name}.x`] = x!;
        this.values[`${spec.name}.y`] = y!;
        for (const axis of ['x', 'y'])
          this.folder
            .add(
              this.values,
              `${spec.name}.${axis}`,
              spec.min,
              spec.max,
              niceStep(spec.max - spec.min),
            )
            .name(`${label} ${axis}`)
            .onChange(commit);
        continue;
      }
      this.values[spec.name] = Array.isArray(value) ? [...value] : (value as number);
      const control =
        spec.type === 'float' || spec.type === 'int'
          ? this.folder.add(
              this.values,
              spec.name,
              spec.min,
              spec.max,
              spec.step ?? (spec.type === 'int' ? 1 : niceStep(spec.max - spec.min)),
            )
          : spec.type === 'color'
            ? this.folder.addColor(this.values, spec.name)
            : spec.type === 'enum'
              ? this.folder.add(this.values, spec.name, spec.options)
              : this.folder.add(this.values, spec.name);
      control.name(label).onChange(commit);
    }
  }

  /** Mirrors the state into the controls; rebuilds when the scene or warp changed. */
  sync(state: ViewerState): void {
    const owner = this.owner(state);
    if ((owner?.id ?? '') !== this.builtFor) return this.rebuild(state);
    if (!owner) return;
    for (const spec of owner.params) {
      const value = paramValue(this.stored(state), owner, spec.name);
      if (spec.type === 'point2D') {
        this.values[`${spec.name}.x`] = (value as readonly number[])[0]!;
        this.values[`${spec.name}.y`] = (value as readonly number[])[1]!;
      } else if (spec.type === 'color') {
        // lil-gui's colour controller edits the array in place: keep the same array.
        (this.values[spec.name] as number[]).splice(0, 3, ...(value as readonly number[]));
      } else this.values[spec.name] = value as number | boolean | string;
    }
  }

  private commit(ownerId: string, spec: ParamSpec): void {
    const read = (key: string) => this.values[key] as number;
    const value: ParamValue =
      spec.type === 'point2D'
        ? [read(`${spec.name}.x`), read(`${spec.name}.y`)]
        : spec.type === 'color'
          ? [...(this.values[spec.name] as number[])]
          : spec.type === 'int'
            ? Math.round(read(spec.name))
            : (this.values[spec.name] as number | boolean | string);
    const field = this.kind === 'scene' ? 'sceneParams' : 'warpParams';
    this.viewer.update({ [field]: { [ownerId]: { [spec.name]: value } } });
  }
}

/** A decimal step about a thousandth of the range (24 -> 0.01), so typed values stay exact. */
function niceStep(range: number): number {
  return range > 0 ? 10 ** (Math.floor(Math.log10(range)) - 3) : 1;
}

/** `angularScale` -> `angular scale`: a parameter's name as the panel shows it. */
export function spacedWords(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, (_, a: string, b: string) => `${a} ${b.toLowerCase()}`);
}
