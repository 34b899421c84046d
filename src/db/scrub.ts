import type { Db } from './types.js';

/** The steps of a scrub; tests replace one to simulate a full disk or a reader that never lets go. */
export const scrubSteps = {
  vacuum(db: Db): void {
    db.exec('VACUUM');
  },
  /** Checkpoints and truncates the WAL; false while another process's reader pins frames. */
  checkpoint(db: Db): boolean {
    const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
    return !result || result.busy === 0;
  },
};

/** How a scrub ended: done, or still pending because a step failed (`full`) or a reader kept the WAL (`busy`). */
export type ScrubOutcome = 'done' | 'busy' | 'full';

/**
 * The mark of a pending scrub: the header's application id, 'TSCR'. It is written in the
 * forget's own transaction (so it commits with it or not at all), needs no table (no
 * schema change, nothing in exports), and costs the next open one header read.
 */
const SCRUB_PENDING = 0x54534352;

/** Records a scrub as pending; call inside the forget's transaction. */
export function markScrubPending(db: Db): void {
  db.pragma(`application_id = ${SCRUB_PENDING}`);
}

/** Whether a scrub is recorded as pending (a forget committed, its scrub not finished). */
export function scrubPending(db: Db): boolean {
  return db.pragma('application_id', { simple: true }) === SCRUB_PENDING;
}

/**
 * Pushes the erased data out of the WAL and the free pages: with secure_delete the old
 * cells are zeroed, VACUUM rebuilds the file so no stale page keeps a copy, and the
 * checkpoint copies pages into the file and truncates the WAL. Only when both worked is
 * the pending mark removed, and the WAL truncated once more (it then holds no old page).
 * Never throws on a failed step: the forget itself has committed and holds.
 */
export function finishScrub(db: Db, timeoutMs = 5000): ScrubOutcome {
  try {
    scrubSteps.vacuum(db);
  } catch {
    // Full disk, I/O error, another writer: the mark stays, the next open tries again.
    return 'full';
  }
  // A reader in another process pins WAL frames; retry the checkpoint until it has finished.
  const end = Date.now() + timeoutMs;
  for (;;) {
    let clean: boolean;
    try {
      clean = scrubSteps.checkpoint(db);
    } catch {
      return 'full';
    }
    if (clean) break;
    if (Date.now() > end) return 'busy';
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
  }
  try {
    db.pragma('application_id = 0');
    scrubSteps.checkpoint(db);
  } catch {
    return 'full';
  }
  return 'done';
}
