// Display names shown with comments: 2–40 characters of letters, digits, spaces and simple
// punctuation; never passing for staff ("moderator", "admin", "Dispatch"), even spelled 4dm1n.
import { z } from 'zod';

const RESERVED = ['moderator', 'admin', 'dispatch', 'staff', 'editor'];
const LOOKALIKES: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', '$': 's', '!': 'i', '|': 'i' };

export function displayNameKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

function skeleton(name: string): string {
  return [...name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()]
    .map((c) => LOOKALIKES[c] ?? c)
    .join('')
    .replace(/[^a-z]/g, '')
    .replace(/(.)\1+/g, '$1');
}

// A word (or the whole name with separators removed) that starts with a reserved word is
// refused: "Admin", "4dm1n", "TheAdmin", "a.d.m.i.n". Words that merely contain one pass
// ("Badminton"), so ordinary names are not caught by accident.
export function impersonates(name: string): boolean {
  const words = name.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').split(/[\s.,'’\-_]+/);
  const candidates = [...words, name].map(skeleton).filter(Boolean);
  return candidates.some((c) => RESERVED.some((word) => c.startsWith(word)));
}

export const displayNameSchema = z
  .string()
  .transform((v) => v.normalize('NFKC').trim().replace(/\s+/g, ' '))
  .pipe(
    z
      .string()
      .min(2, 'Use at least 2 characters.')
      .max(40, 'Use at most 40 characters.')
      .regex(/^[\p{L}\p{N}][\p{L}\p{N} .,'’\-_]*$/u, 'Use letters, digits, spaces and . , \' - _ only, starting with a letter or digit.')
      .refine((v) => !impersonates(v), 'Names that look like Dispatch staff (moderator, admin, Dispatch) are reserved.'),
  );
