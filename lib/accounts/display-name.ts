// Display names shown with comments: 2–40 characters of letters, digits, spaces and simple
// punctuation; never passing for staff ("moderator", "admin", "Dispatch"), even spelled 4dm1n or
// with look-alike letters from other scripts (Cyrillic А, Latin alpha ɑ, fullwidth Ｓ).
//
// The Unicode confusables data (UTS #39, confusables.txt) comes from `unhomoglyph`: pure JS, no
// dependencies, nothing to configure for Next.js's bundler. `decancer` (a native addon) would need
// serverExternalPackages, and its table is its own; `confusables` is a hand-picked English map.
// unhomoglyph's data is Unicode 13.0 (2020); the later versions added little for Latin look-alikes.
import unhomoglyph from 'unhomoglyph';
import { z } from 'zod';

// Digits and symbols people type for letters; confusables.txt does not cover leetspeak.
const LOOKALIKES: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'i',
};

export function displayNameKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

const collapseRepeats = (s: string) => s.replace(/(.)\1+/gu, '$1');

/**
 * What a name looks like: NFKC, lower case, leetspeak undone, then the UTS #39 skeleton
 * (NFD, confusables mapped, NFD), without accents, invisible letters or anything but letters.
 * Repeats are collapsed before and after mapping, so "Staaaff", "Admmin" and "Aаdmin" (Latin a,
 * Cyrillic а) all read as the one reserved word. Names and reserved words go through the same steps.
 */
export function skeletonOf(name: string): string {
  const plain = collapseRepeats([...name.normalize('NFKC').toLowerCase()].map((c) => LOOKALIKES[c] ?? c).join(''));
  const mapped = unhomoglyph(plain.normalize('NFD')).normalize('NFD').toLowerCase();
  return collapseRepeats(mapped.replace(/\p{M}|\p{Default_Ignorable_Code_Point}|[^\p{L}]/gu, ''));
}

const RESERVED = ['moderator', 'admin', 'dispatch', 'staff', 'editor'].map(skeletonOf);
// Real names that begin with a reserved word's letters and do not read as it.
const ORDINARY = ['stafford'].map(skeletonOf);

function isReserved(candidate: string): boolean {
  return RESERVED.some(
    (word) =>
      candidate.startsWith(word) && !ORDINARY.some((name) => name.startsWith(word) && candidate.startsWith(name)),
  );
}

// A word (or the whole name with separators removed) that starts with a reserved word is
// refused: "Admin", "4dm1n", "Аdmin" (Cyrillic А), "TheAdmin", "a.d.m.i.n". Words that merely
// contain one pass ("Badminton"), so ordinary names are not caught by accident.
export function impersonates(name: string): boolean {
  const words = name.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').split(/[\s.,'’\-_]+/);
  const candidates = [...words, name].map(skeletonOf).filter(Boolean);
  return candidates.some(isReserved);
}

export const displayNameSchema = z
  .string()
  .transform((v) => v.normalize('NFKC').trim().replace(/\s+/g, ' '))
  .pipe(
    z
      .string()
      .min(2, 'Use at least 2 characters.')
      .max(40, 'Use at most 40 characters.')
      .regex(
        /^[\p{L}\p{N}][\p{L}\p{N} .,'’\-_]*$/u,
        "Use letters, digits, spaces and . , ' - _ only, starting with a letter or digit.",
      )
      .refine(
        (v) => !impersonates(v),
        'Names that look like Dispatch staff (moderator, admin, Dispatch) are reserved.',
      ),
  );
