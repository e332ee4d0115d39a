// Build progress on stderr: a bar redrawn in place on a terminal, a plain line every few
// seconds otherwise (logs, CI). Figures: documents/s, words/s, ETA.
export interface Progress {
  tick(words: number): void;
  /** Prints a line above the bar (a failed file, a note) without garbling it. */
  say(line: string): void;
  done(): void;
}

const fmt = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

export function createProgress(total: number, out: NodeJS.WriteStream = process.stderr): Progress {
  const tty = out.isTTY === true;
  const started = performance.now();
  let docs = 0;
  let words = 0;
  let lastDraw = 0;
  let drawn = false;

  const status = () => {
    const secs = Math.max((performance.now() - started) / 1000, 1e-3);
    const rate = docs / secs;
    const eta = rate > 0 ? (total - docs) / rate : Infinity;
    return `${docs}/${total} documents  ${fmt.format(rate)} docs/s  ${fmt.format(words / secs)} words/s  ETA ${duration(eta)}`;
  };
  const clear = () => {
    if (drawn) out.write('\r\x1b[2K');
    drawn = false;
  };
  const draw = (force: boolean) => {
    const now = performance.now();
    if (!force && now - lastDraw < (tty ? 100 : 5000)) return;
    lastDraw = now;
    if (tty) {
      const width = 24;
      const filled = total ? Math.round((docs / total) * width) : width;
      clear();
      out.write(`[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${status()}`);
      drawn = true;
    } else {
      out.write(`progress: ${status()}\n`);
    }
  };
  return {
    tick(w) {
      docs++;
      words += w;
      // Plain output waits 5 s before its first line: small builds print none.
      if (tty || performance.now() - started >= 5000) draw(false);
    },
    say(line) {
      clear();
      out.write(`${line}\n`);
    },
    done() {
      clear();
    },
  };
}
