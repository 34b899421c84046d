import type { Io } from './io.js';

export interface Progress {
  tick(done: number): void;
  done(): void;
}

/** A one-line progress counter on stderr, redrawn at most every 100 ms; silent when not enabled. */
export function makeProgress(io: Io, label: string, total: number, enabled: boolean): Progress {
  if (!enabled || total <= 0) return { tick: () => undefined, done: () => undefined };
  let last = 0;
  const draw = (done: number) => {
    const pct = Math.floor((done / total) * 100);
    io.redraw(`${label} ${done}/${total} (${pct}%)`);
  };
  return {
    tick(done) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      draw(done);
    },
    done() {
      draw(total);
      io.err('\n');
    },
  };
}
