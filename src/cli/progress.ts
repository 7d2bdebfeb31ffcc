/**
 * Progress on stderr: a bar redrawn in place on a terminal, plain lines every few seconds otherwise.
 *
 * @internal
 * @module
 */
import { formatCount, type Lang } from 'jamsostek';
import type { CliStream } from './io.ts';

/** Where a run is. */
export interface ProgressState {
  /** Bytes of the file read so far. */
  readonly bytes: number;
  /** Size of the file, if known. */
  readonly size: number | undefined;
  /** Rows read so far. */
  readonly rows: number;
  /** Rows rejected so far. */
  readonly rejected: number;
}

/** Seconds as `1m05s` or `42s`. */
function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/** The text of one progress report (without the bar). */
export function progressText(state: ProgressState, elapsedMs: number, lang: Lang): string {
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? Math.round(state.rows / seconds) : 0;
  const words =
    lang === 'id'
      ? { rows: 'baris', perSecond: 'baris/dtk', rejected: 'ditolak', left: 'sisa' }
      : { rows: 'rows', perSecond: 'rows/s', rejected: 'rejected', left: 'ETA' };
  const parts = [
    `${formatCount(state.rows, lang)} ${words.rows}`,
    `${formatCount(rate, lang)} ${words.perSecond}`,
    `${formatCount(state.rejected, lang)} ${words.rejected}`,
  ];
  if (state.size && state.bytes > 0 && state.bytes < state.size) {
    const eta = (seconds * (state.size - state.bytes)) / state.bytes;
    parts.push(`${words.left} ${duration(eta)}`);
  }
  return parts.join(', ');
}

/** Draws progress at most every `throttleMs` (terminal) or `lineEveryMs` (otherwise). */
export class Progress {
  private last = Number.NEGATIVE_INFINITY;
  private drawn = false;
  private readonly started: number;
  private readonly stream: CliStream;
  private readonly now: () => number;
  private readonly lang: Lang;
  private readonly enabled: boolean;
  private readonly lineEveryMs: number;

  constructor(stream: CliStream, now: () => number, lang: Lang, enabled: boolean, lineEveryMs = 5000) {
    this.stream = stream;
    this.now = now;
    this.lang = lang;
    this.enabled = enabled;
    this.lineEveryMs = lineEveryMs;
    this.started = now();
    this.last = this.started;
  }

  /** Whether a report is due (cheap: called for every row). */
  due(): boolean {
    if (!this.enabled) return false;
    const t = this.now();
    return t - this.last >= (this.stream.isTTY ? 100 : this.lineEveryMs);
  }

  /** Reports the state. */
  update(state: ProgressState): void {
    this.last = this.now();
    const text = progressText(state, this.last - this.started, this.lang);
    if (this.stream.isTTY) {
      const width = 24;
      const share = state.size ? Math.min(1, state.bytes / state.size) : 0;
      const full = Math.round(share * width);
      const bar = `[${'#'.repeat(full)}${'-'.repeat(width - full)}] ${String(Math.floor(share * 100)).padStart(3)}%`;
      const line = `${bar} ${text}`;
      const columns = this.stream.columns ?? 100;
      this.stream.write(`\r${line.length > columns - 1 ? line.slice(0, columns - 1) : line}\x1b[K`);
      this.drawn = true;
    } else this.stream.write(`${text}\n`);
  }

  /** Ends the display with a last report. */
  finish(state: ProgressState): void {
    if (!this.enabled) return;
    this.update(state);
    if (this.drawn) this.stream.write('\n');
  }

  /** Milliseconds since the start. */
  elapsed(): number {
    return this.now() - this.started;
  }
}
