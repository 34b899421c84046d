import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../src/io/atomic.js';
import { StateError, UsageError } from '../../../src/core/errors.js';
import { tempDir } from '../../helpers/cli.js';

describe('writeFileAtomic', () => {
  it('creates a file with mode 0600 and leaves no temporary file', () => {
    const dir = tempDir();
    const path = join(dir, 'r.html');
    writeFileAtomic(path, 'héllo');
    expect(readFileSync(path, 'utf8')).toBe('héllo');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['r.html']);
  });

  it('replaces an existing file (and its looser mode) in one rename', () => {
    const dir = tempDir();
    const path = join(dir, 'r.html');
    writeFileSync(path, 'old', { mode: 0o644 });
    const inode = statSync(path).ino;
    writeFileAtomic(path, new Uint8Array([110, 101, 119]));
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(statSync(path).ino).not.toBe(inode);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('fails cleanly: a missing folder or a folder as target is a usage error, an unwritable folder a state error', () => {
    const dir = tempDir();
    expect(() => writeFileAtomic(join(dir, 'no', 'r.html'), 'x')).toThrow(UsageError);
    mkdirSync(join(dir, 'sub'));
    expect(() => writeFileAtomic(join(dir, 'sub'), 'x')).toThrow(UsageError);
    if (process.getuid?.() !== 0) {
      chmodSync(join(dir, 'sub'), 0o500);
      expect(() => writeFileAtomic(join(dir, 'sub', 'r.html'), 'x')).toThrow(StateError);
      expect(readdirSync(join(dir, 'sub'))).toEqual([]);
    }
  });

  it('removes the stale temporaries every killed writer left in the folder (reports and backups), not fresh ones', () => {
    const dir = tempDir();
    const stale = [
      '.r.html.0123456789ab.tmp',
      '.other.html.0123456789ab.tmp',
      '.backup-2026-03-01.db.0123456789ab.tmp',
      '.backup-2026-03-01.db.0123456789ab.tmp-journal',
      '.tandem-tmp-old.db-0123456789ab',
    ];
    const kept = ['.r.html.ba9876543210.tmp', '.notes.txt.swp', 'r.tmp', '.tandem-tmp-old.db'];
    for (const name of [...stale, ...kept]) writeFileSync(join(dir, name), 'half');
    const hourAgo = new Date(Date.now() - 3600_000);
    for (const name of [...stale, ...kept.slice(1)]) utimesSync(join(dir, name), hourAgo, hourAgo);
    writeFileAtomic(join(dir, 'r.html'), 'x');
    expect(readdirSync(dir).sort()).toEqual([...kept, 'r.html'].sort());
  });
});
