/** People's names as a reference work orders them. */

/** "Olzhas Suleimenov" → "Suleimenov Olzhas": the surname (the last word) first, for sorting. */
export function surnameFirst(name: string): string {
  const words = name.trim().split(/\s+/);
  return [words.at(-1), ...words.slice(0, -1)].join(' ');
}

/** Compares two names by surname, then by the rest, in English collation. */
export function bySurname(a: string, b: string): number {
  return surnameFirst(a).localeCompare(surnameFirst(b), 'en');
}
