/** @module A one-line progress bar on stderr, drawn only when stderr is a terminal. */

export interface ProgressBar {
  update(done: number, total: number, label?: string): void;
  finish(): void;
}

const NONE: ProgressBar = { update: () => {}, finish: () => {} };

/** Returns a bar that redraws at most ten times a second with rate and ETA; a no-op when not a TTY. */
export function progressBar(stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }, unit = "files"): ProgressBar {
  if (!stream.isTTY) return NONE;
  const started = Date.now();
  let last = 0;
  let drawn = false;
  return {
    update(done, total, label = "") {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const secs = Math.max(0.001, (now - started) / 1000);
      const rate = done / secs;
      const eta = rate > 0 && total > done ? Math.ceil((total - done) / rate) : 0;
      const width = 24;
      const filled = total > 0 ? Math.round((done / total) * width) : 0;
      const text = `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} ${unit} ${rate.toFixed(1)}/s ETA ${eta}s ${label}`;
      stream.write(`\r${text.slice(0, (stream.columns ?? 100) - 1).padEnd((stream.columns ?? 100) - 1)}`);
      drawn = true;
    },
    finish() {
      if (drawn) stream.write(`\r${" ".repeat((stream.columns ?? 100) - 1)}\r`);
    },
  };
}
