import type { Formula } from '../expr/parse';
import type { SourceFiles } from '../shader/sources';

/** How a Viewer is set up. */
export interface ViewerOptions {
  canvas: HTMLCanvasElement;
  files: SourceFiles;
  /** Pins devicePixelRatio (test mode); undefined follows the display. */
  fixedDpr?: number;
  /** Report GL errors through console.error after every frame (dev and test mode). */
  checkGlErrors?: boolean;
  /**
   * Live frames let new programs compile in the background (KHR_parallel_shader_compile)
   * while the last good one draws. Readbacks always wait.
   */
  parallelCompile?: boolean;
  /** Most programs kept compiled (default PROGRAM_CACHE_CAP). */
  programCap?: number;
  /** Live frames above this cost (ms) are a preview then bands (default WHOLE_FRAME_MS). */
  bandsAboveMs?: number;
}

export interface FrameReport {
  readonly width: number;
  readonly height: number;
  readonly key: string;
  readonly drawn: boolean;
  /** The asked-for program is still compiling (only for frames that do not wait). */
  readonly pending: boolean;
  readonly error: string | null;
}

/** What an on-screen frame failed on: the message, and the typed formulas it is about. */
export interface DrawFailure {
  readonly message: string;
  readonly formulas: readonly Formula[];
}
