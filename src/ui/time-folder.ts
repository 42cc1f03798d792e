import type GUI from 'lil-gui';
import type { Clock } from '../render/clock';
import { paramIsAnimated } from '../shader/param-animation';
import type { ViewerState } from '../model/state';
import { stateParams } from '../variant/state-variant';
import type { Viewer } from '../render/viewer';

/** The slider's range grows in steps of this many seconds as time runs past it. */
const SLIDER_SPAN_S = 60;

/**
 * The panel's Time folder: play / pause (P), the time itself as a scrubbable slider, the
 * speed, the frame rate reached while playing, and which parameters move with time.
 */
export function createTimeFolder(gui: GUI, viewer: Viewer, clock: Clock): GUI {
  const folder = gui.addFolder('Time');
  const mirror = {
    play: () => clock.toggle(),
    time: viewer.state.time,
    speed: clock.speed,
    rate: 'paused',
    moving: '',
  };
  const play = folder.add(mirror, 'play');
  const time = folder
    .add(mirror, 'time', 0, SLIDER_SPAN_S, 0.01)
    .name('time (s)')
    .onChange((t: number) => viewer.update({ time: t }));
  folder
    .add(mirror, 'speed', 0.1, 4, 0.05)
    .name('speed')
    .onChange((v: number) => clock.setSpeed(v));
  const rate = folder.add(mirror, 'rate').name('frame rate').disable();
  const moving = folder.add(mirror, 'moving').name('moves with time').disable();

  let sliderMax = SLIDER_SPAN_S;
  const showClock = (): void => {
    play.name(clock.playing ? '❚❚ pause (P)' : '▶ play (P)');
    mirror.rate = !clock.playing
      ? 'paused'
      : clock.fps === null
        ? 'measuring…'
        : `${clock.fps.toFixed(1)} fps (${(1000 / clock.fps).toFixed(1)} ms)`;
    rate.updateDisplay();
  };
  const sync = (state: ViewerState): void => {
    if (state.time > sliderMax) {
      sliderMax = Math.ceil(state.time / SLIDER_SPAN_S) * SLIDER_SPAN_S;
      time.max(sliderMax);
    }
    mirror.time = state.time;
    time.updateDisplay();
    const names = stateParams(viewer.knownIds, state)
      .filter(({ spec }) => paramIsAnimated(spec))
      .map(({ spec }) => spec.name);
    mirror.moving = names.length ? names.join(', ') : 'no parameter';
    moving.updateDisplay();
  };
  clock.changed.on(showClock);
  viewer.changed.on(sync);
  showClock();
  sync(viewer.state);
  return folder;
}
