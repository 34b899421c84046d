// Letters that Unicode does not decompose into a base letter and a mark, as ASCII.
const LETTERS: Record<string, string> = {
  ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ẞ: 'ss', ı: 'i', ł: 'l', ø: 'o', đ: 'd', ð: 'd', þ: 'th', æ: 'ae', œ: 'oe', ħ: 'h', ŧ: 't', ŋ: 'ng',
};

/**
 * A file name from a person's name: lower-case ASCII words joined by `-`, German umlauts
 * as `ae`, `oe`, `ue`, `ß` as `ss`, other accents dropped (`Jörg Müller` → `joerg-mueller`,
 * `Aylin Yılmaz` → `aylin-yilmaz`).
 */
export function slug(name: string): string {
  const ascii = name
    .toLowerCase()
    .replace(/[äöüßẞıłøđðþæœħŧŋ]/g, (ch) => LETTERS[ch]!)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  const words = ascii.match(/[a-z0-9]+/g);
  return words ? words.join('-').slice(0, 80) : 'person';
}

/**
 * One distinct file name per person, `<prefix>-<slug>.<extension>`; namesakes get `-2`,
 * `-3`, skipping any name already taken (`Anna Test`, `Anna Test`, `Anna Test 2` give
 * `…anna-test`, `…anna-test-2`, `…anna-test-2-2`).
 */
export function personFileNames(names: readonly string[], prefix: string, extension: string): string[] {
  const taken = new Set<string>();
  return names.map((person) => {
    const base = `${prefix}-${slug(person)}`;
    let name = `${base}.${extension}`;
    for (let n = 2; taken.has(name); n++) name = `${base}-${n}.${extension}`;
    taken.add(name);
    return name;
  });
}
