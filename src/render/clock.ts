/**
 * The scene's clock: while playing, each animation frame moves state.time on by the wall
 * time since the last one (times `speed`), so parameters tied to time move and u_time runs.
 * Nothing plays until asked: a fresh page and test mode keep time where the state has it.
 * It also measures the frame rate the viewer reaches while playing.
 */
import { Events } from '../util/events';
import type { Viewer } from './viewer';

/** A frame longer than this (a hidden tab, a compile) moves time by this much only. */
const MAX_STEP_S = 0.25;
/** The frame rate is the frames drawn over at least this long. */
const RATE_WINDOW_MS = 1000;

export class Clock {
  private playingValue = false;
  private last = 0;
  private window = { since: 0, frames: 0 };
  /** Seconds of scene time per second of wall time. */
  speed = 1;
  /** Frames per second drawn while playing; null until measured. */
  fps: number | null = null;
  /** After play, pause, a speed change and each new frame-rate reading. */
  readonly changed = new Events<void>();

  constructor(private readonly viewer: Viewer) {}

  get playing(): boolean {
    return this.playingValue;
  }

  toggle(): void {
    if (this.playingValue) this.pause();
    else this.play();
  }

  play(): void {
    if (this.playingValue) return;
    this.playingValue = true;
    this.last = performance.now();
    this.window = { since: this.last, frames: this.viewer.frames };
    this.fps = null;
    requestAnimationFrame(this.tick);
    this.changed.emit();
  }

  pause(): void {
    if (!this.playingValue) return;
    this.playingValue = false;
    this.changed.emit();
  }

  setSpeed(speed: number): void {
    this.speed = speed;
    this.changed.emit();
  }

  private readonly tick = (now: number): void => {
    if (!this.playingValue) return;
    const step = Math.min(MAX_STEP_S, Math.max(0, now - this.last) / 1000) * this.speed;
    this.last = now;
    // Rounded to microseconds, so the link and the readout do not carry float noise.
    const time = Math.max(0, Math.round((this.viewer.state.time + step) * 1e6) / 1e6);
    this.viewer.update({ time });
    if (now - this.window.since >= RATE_WINDOW_MS) {
      const frames = this.viewer.frames - this.window.frames;
      this.fps = (frames * 1000) / (now - this.window.since);
      this.window = { since: now, frames: this.viewer.frames };
      this.changed.emit();
    }
    requestAnimationFrame(this.tick);
  };
}
