/**
 * One export at a time per viewer, shared by the panel button, the S key and the automation
 * surface, with its progress and a cancel switch that the progress bar and tests use.
 */
import {
  ExportCancelled,
  renderExport,
  type ExportProgress,
  type ExportResult,
  type ExportSource,
} from './render-export';

export type ExportEvent =
  | { readonly type: 'start' | 'progress'; readonly progress: ExportProgress }
  | { readonly type: 'done'; readonly result: ExportResult }
  | { readonly type: 'cancelled' }
  | { readonly type: 'failed'; readonly message: string };

export class Exporter {
  private running: { controller: AbortController; progress: ExportProgress | null } | null = null;
  private readonly listeners: ((event: ExportEvent) => void)[] = [];

  constructor(private readonly source: ExportSource) {}

  /** Progress of the export in flight, or null when none runs. */
  get progress(): ExportProgress | null {
    return this.running?.progress ?? null;
  }

  get busy(): boolean {
    return this.running !== null;
  }

  onEvent(listener: (event: ExportEvent) => void): void {
    this.listeners.push(listener);
  }

  /** Renders and encodes; rejects with the reason (bad options, cancelled, lost context). */
  async run(options: unknown): Promise<ExportResult> {
    if (this.running) throw new Error('an export is already running; wait for it or cancel it');
    const job = { controller: new AbortController(), progress: null as ExportProgress | null };
    this.running = job;
    try {
      const result = await renderExport(this.source, options, {
        signal: job.controller.signal,
        onProgress: (progress) => {
          const type = job.progress ? 'progress' : 'start';
          job.progress = progress;
          this.emit({ type, progress });
        },
      });
      this.emit({ type: 'done', result });
      return result;
    } catch (error) {
      if (error instanceof ExportCancelled) this.emit({ type: 'cancelled' });
      else this.emit({ type: 'failed', message: (error as Error).message });
      throw error;
    } finally {
      this.running = null;
    }
  }

  /** Stops the export in flight before its next tile; false when none runs. */
  cancel(): boolean {
    if (!this.running) return false;
    this.running.controller.abort();
    return true;
  }

  private emit(event: ExportEvent): void {
    this.listeners.forEach((listener) => listener(event));
  }
}

const exporters = new WeakMap<ExportSource, Exporter>();

/** The one exporter of a viewer. */
export function exporterFor(source: ExportSource): Exporter {
  let exporter = exporters.get(source);
  if (!exporter) exporters.set(source, (exporter = new Exporter(source)));
  return exporter;
}

/** `sdf-<scene>-<warp>-<W>x<H>.png` */
export function exportFileName(result: {
  state: { scene: string; warp: string };
  width: number;
  height: number;
}): string {
  return `sdf-${result.state.scene}-${result.state.warp}-${result.width}x${result.height}.png`;
}
