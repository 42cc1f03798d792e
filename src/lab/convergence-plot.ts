import { labRun, type LabOutcome } from './lab-run';
import { METHOD_COLORS } from './lab-marks';
import { METHOD_LABELS } from './methods';
import type { ViewerState } from '../model/state';

const WIDTH = 300;
const HEIGHT = 170;
const PAD = { left: 38, right: 8, top: 8, bottom: 22 };
/** The plot's floor: f - f_min below this is drawn at it (double precision's reach). */
const FLOOR = 1e-16;

/**
 * f - f_min against iteration, log scale, one line per method, beside the lab's contours:
 * linear convergence is a straight line, Newton's quadratic convergence a cliff.
 */
export function createConvergencePlot(parent: HTMLElement): (state: ViewerState) => void {
  const canvas = document.createElement('canvas');
  canvas.className = 'convergence-plot';
  canvas.setAttribute('role', 'img');
  const dpr = Math.min(2, window.devicePixelRatio || 1);
  canvas.width = WIDTH * dpr;
  canvas.height = HEIGHT * dpr;
  canvas.style.width = `${WIDTH}px`;
  canvas.style.height = `${HEIGHT}px`;
  canvas.hidden = true;
  parent.append(canvas);
  const g = canvas.getContext('2d')!;

  let drawn: LabOutcome | undefined;
  return (state) => {
    canvas.hidden = state.scene !== 'optimise';
    if (canvas.hidden) return;
    const outcome = labRun(state.lab);
    // Panning and zooming leave the run as it is: redraw only for a new one.
    if (outcome === drawn) return;
    drawn = outcome;
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    g.clearRect(0, 0, WIDTH, HEIGHT);
    g.fillStyle = 'rgba(20, 23, 30, 0.9)';
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.font = '10px system-ui, sans-serif';
    g.fillStyle = '#c8ccd6';
    if ('error' in outcome) {
      g.fillText('no objective to plot', PAD.left, HEIGHT / 2);
      canvas.setAttribute('aria-label', 'convergence plot: no objective');
      return;
    }
    const { paths, fMin } = outcome.run;
    const gap = (f: number) => Math.log10(Math.max(FLOOR, f - fMin));
    const iterations = Math.max(1, ...paths.map((p) => p.points.length - 1));
    const values = paths.flatMap((p) => p.points.map((q) => gap(q.f))).filter(Number.isFinite);
    const top = Math.ceil(Math.max(0, ...values));
    const bottom = Math.floor(Math.min(top - 1, ...values));
    const x = (i: number) => PAD.left + ((WIDTH - PAD.left - PAD.right) * i) / iterations;
    const y = (v: number) =>
      PAD.top + ((HEIGHT - PAD.top - PAD.bottom) * (top - v)) / Math.max(1, top - bottom);
    g.strokeStyle = 'rgba(255, 255, 255, 0.15)';
    for (let e = bottom; e <= top; e += Math.max(1, Math.ceil((top - bottom) / 5))) {
      g.beginPath();
      g.moveTo(PAD.left, y(e));
      g.lineTo(WIDTH - PAD.right, y(e));
      g.stroke();
      g.fillText(`1e${e}`, 4, y(e) + 3);
    }
    g.fillText('0', PAD.left, HEIGHT - 6);
    g.fillText(`iteration`, (WIDTH + PAD.left) / 2 - 20, HEIGHT - 6);
    g.textAlign = 'right';
    g.fillText(String(iterations), WIDTH - PAD.right, HEIGHT - 6);
    g.textAlign = 'left';
    g.fillText('f - f_min', PAD.left + 4, PAD.top + 10);
    for (const path of paths) {
      const c = METHOD_COLORS[path.method];
      g.strokeStyle = `rgb(${c
        .slice(0, 3)
        .map((v) => Math.round(v * 255))
        .join(' ')})`;
      g.lineWidth = 1.5;
      g.beginPath();
      path.points.forEach((p, i) => {
        const v = gap(p.f);
        if (!Number.isFinite(v)) return;
        if (i === 0) g.moveTo(x(i), y(v));
        else g.lineTo(x(i), y(v));
      });
      g.stroke();
    }
    canvas.setAttribute(
      'aria-label',
      `convergence plot: ${paths.map((p) => `${METHOD_LABELS[p.method]} ${p.points.length - 1} steps`).join(', ')}`,
    );
  };
}
