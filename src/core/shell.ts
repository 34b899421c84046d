/**
 * One word for a POSIX shell (bash, zsh; fish reads single quotes the same way): left
 * as it is when it needs no quoting, else in single quotes, so every printed command
 * can be copied as it stands (`--round 'RM 2027/1'`).
 */
export function shellWord(word: string): string {
  return /^[\w.@%+=:,/-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
