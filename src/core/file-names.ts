/** A file name from a person's name: lower-case ASCII words joined by `-` (`Jörg Müller` → `joerg-mueller`). */
export function slug(name: string): string {
  const ascii = name
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/Ä/g, 'Ae').replace(/Ö/g, 'Oe').replace(/Ü/g, 'Ue').replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  const words = ascii.toLowerCase().match(/[a-z0-9]+/g);
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
