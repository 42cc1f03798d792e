/**
 * What the colours of the current debug view mean, with numbers: a small legend in the
 * bottom-left corner, shown whenever a debug view is. Swatch colours come from
 * ./debug-palette.ts, which mirrors shaders/debug/views.glsl (and is tested against it).
 */
import type { DebugView, ViewerState } from '../model/state';
import type { Viewer } from '../render/viewer';
import {
  BAND_INSIDE,
  BAND_OUTSIDE,
  BAND_PX,
  cssColor,
  detColor,
  DIRECTION_OUTSIDE,
  ERROR_STOPS,
  hueColor,
  slopeColor,
  type Rgb,
} from './debug-palette';

interface Swatch {
  /** The quantity this colour stands for (d_px, gain, det, degrees, error). */
  value: number;
  color: Rgb;
  label: string;
}

interface LegendContent {
  title: string;
  note: string;
  swatches: Swatch[];
}

const pct = (x: number) => `${+(x * 100).toPrecision(2)} %`;

const CONTENT: Record<Exclude<DebugView, 'none'>, LegendContent> = {
  bands: {
    title: 'Distance bands',
    note: `a line every ${BAND_PX} px of d_px = f / |g_px|; the fill brightens with coverage`,
    swatches: [
      { value: -BAND_PX, color: BAND_INSIDE, label: `inside: d_px = -${BAND_PX}, -16, ...` },
      { value: BAND_PX, color: BAND_OUTSIDE, label: `outside: d_px = ${BAND_PX}, 16, ...` },
    ],
  },
  slope: {
    title: 'Slope: |grad f| per world unit',
    note: 'log2 scale; 1 is a true distance field',
    swatches: [
      { value: 16, color: slopeColor(16), label: '16x compressed or more' },
      { value: 4, color: slopeColor(4), label: '4x compressed' },
      { value: 1, color: slopeColor(1), label: '1: true distance' },
      { value: 1 / 4, color: slopeColor(1 / 4), label: '4x stretched' },
      { value: 1 / 16, color: slopeColor(1 / 16), label: '16x stretched or more' },
    ],
  },
  jacobian: {
    title: 'det J of the warp',
    note: 'area scale of du/dp, tinted by log2 |det| up to 16x',
    swatches: [
      { value: 16, color: detColor(16), label: 'expands 16x or more' },
      { value: 4, color: detColor(4), label: 'expands 4x' },
      { value: 1, color: detColor(1), label: 'preserves: within 1.4 % of 1' },
      { value: 1 / 4, color: detColor(1 / 4), label: 'shrinks to 1/4' },
      { value: 1 / 16, color: detColor(1 / 16), label: 'shrinks to 1/16 or less' },
      { value: -1, color: detColor(-1), label: 'flips: det -1, brighter down to -4' },
      { value: 0, color: detColor(0), label: 'singular: |det| < 0.001' },
    ],
  },
  direction: {
    title: 'Gradient direction',
    note: `hue = screen angle of g_px; ${DIRECTION_OUTSIDE * 100} % as bright outside the shape`,
    swatches: [
      { value: 0, color: hueColor(0), label: '0°: f grows to the right' },
      { value: 90, color: hueColor(90), label: '90°: up' },
      { value: 180, color: hueColor(180), label: '180°: left' },
      { value: 270, color: hueColor(270), label: '270°: down' },
    ],
  },
  error: {
    title: 'Error: |coverage - reference|',
    note: 'log10 ramp between the stops',
    swatches: ERROR_STOPS.map(({ error, color }, i) => ({
      value: error,
      color,
      label:
        i === 0
          ? `<= ${pct(error)}`
          : i === ERROR_STOPS.length - 1
            ? `>= ${pct(error)}`
            : pct(error),
    })),
  },
};

/** `errorReadout` finds the Debug folder's mean / p99 / max, shown under the error legend. */
export function createDebugLegend(
  parent: HTMLElement,
  viewer: Viewer,
  errorReadout: () => HTMLElement | null,
): HTMLElement {
  const box = document.createElement('aside');
  box.className = 'debug-legend';
  box.setAttribute('aria-label', 'Debug view legend');
  box.hidden = true;
  parent.append(box);
  const numbers = document.createElement('pre');
  numbers.className = 'debug-legend-numbers';
  let shown: DebugView = 'none';

  const showNumbers = (): void => {
    const readout = errorReadout();
    numbers.textContent =
      readout?.dataset.state === 'done' ? (readout.textContent ?? '') : 'measuring ...';
  };
  const readout = errorReadout();
  if (readout)
    new MutationObserver(showNumbers).observe(readout, {
      childList: true,
      characterData: true,
      subtree: true,
      attributes: true,
    });

  const update = (state: ViewerState): void => {
    box.hidden = state.debug === 'none';
    box.dataset.view = state.debug;
    if (state.debug === shown) return;
    shown = state.debug;
    if (state.debug === 'none') return box.replaceChildren();
    const content = CONTENT[state.debug];
    const title = document.createElement('h3');
    title.textContent = content.title;
    const note = document.createElement('p');
    note.textContent = content.note;
    const list = document.createElement('ul');
    list.append(...content.swatches.map(swatchRow));
    box.replaceChildren(title, note, list);
    if (state.debug === 'direction') box.insertBefore(hueWheel(), list);
    if (state.debug === 'error') {
      box.append(numbers);
      showNumbers();
    }
  };
  viewer.changed.on(update);
  update(viewer.state);
  return box;
}

function swatchRow({ value, color, label }: Swatch): HTMLLIElement {
  const row = document.createElement('li');
  const swatch = document.createElement('span');
  swatch.className = 'debug-legend-swatch';
  swatch.dataset.value = String(value);
  swatch.style.backgroundColor = cssColor(color);
  const text = document.createElement('span');
  text.textContent = label;
  row.append(swatch, text);
  return row;
}

/** The hue of every screen angle, counter-clockwise from the right, as the view draws it. */
function hueWheel(): HTMLCanvasElement {
  const size = 56;
  const dpr = Math.min(2, window.devicePixelRatio || 1);
  const canvas = document.createElement('canvas');
  canvas.className = 'debug-legend-wheel';
  canvas.width = canvas.height = size * dpr;
  canvas.style.width = canvas.style.height = `${size}px`;
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', 'hue wheel: colour by gradient angle');
  const g = canvas.getContext('2d');
  if (!g) return canvas;
  g.scale(dpr, dpr);
  const c = size / 2;
  for (let degrees = 0; degrees < 360; degrees += 2) {
    g.beginPath();
    g.moveTo(c, c);
    // Canvas y points down: screen angle a is canvas angle -a.
    g.arc(c, c, c - 1, (-(degrees + 1.5) * Math.PI) / 180, (-(degrees - 1.5) * Math.PI) / 180);
    g.closePath();
    g.fillStyle = cssColor(hueColor(degrees));
    g.fill();
  }
  g.fillStyle = '#14171e';
  g.beginPath();
  g.arc(c, c, c * 0.45, 0, 2 * Math.PI);
  g.fill();
  return canvas;
}
