// Text normalisation for word screening, keeping a map back to the original characters so a
// match can be shown (and highlighted) exactly where the reader typed it.

const SUBSTITUTIONS: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'i',
  '€': 'e',
};

export type NormalizedToken = { word: string; start: number; end: number };

/** Lower-case letters with diacritics, look-alikes and stretched letters folded ("Heeelllo" → "helo"). */
export function foldWord(word: string): string {
  return [
    ...word
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase(),
  ]
    .map((c) => SUBSTITUTIONS[c] ?? c)
    .join('')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .replace(/(.)\1+/gu, '$1');
}

/**
 * Splits text into folded words with their original spans. Letters spelled out with separators
 * ("i d i o t", "i.d.i.o.t") are joined back into one word; look-alike characters count as
 * letters inside a word ("1d10t").
 */
export function tokenize(text: string): NormalizedToken[] {
  const raw: NormalizedToken[] = [];
  // Look-alike symbols count only inside a word, so "idiot!" ends at the "t".
  const re = /(?:[\p{L}\p{N}]|[@$!|€](?=[\p{L}\p{N}@$!|€]))+/gu;
  for (const m of text.matchAll(re)) {
    const word = foldWord(m[0]);
    if (word) raw.push({ word, start: m.index!, end: m.index! + m[0].length });
  }
  const tokens: NormalizedToken[] = [];
  for (let i = 0; i < raw.length; i++) {
    let j = i;
    // Join runs of 3+ single letters separated only by short runs of spaces or punctuation.
    while (
      j + 1 < raw.length &&
      raw[j]!.word.length === 1 &&
      raw[j + 1]!.word.length === 1 &&
      raw[j + 1]!.start - raw[j]!.end <= 2
    )
      j++;
    if (j - i >= 2) {
      tokens.push({
        word: foldWord(
          raw
            .slice(i, j + 1)
            .map((t) => t.word)
            .join(''),
        ),
        start: raw[i]!.start,
        end: raw[j]!.end,
      });
      i = j;
    } else tokens.push(raw[i]!);
  }
  return tokens;
}

export type WordEntry = { phrase: string[]; rule: string; source: string };

/** Parses a settings word list: one entry a line, `word or phrase` or `word or phrase: rule-id`. */
export function parseWordList(list: string, defaultRule: string): WordEntry[] {
  return list
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [text, rule] = line.includes(':')
        ? [line.slice(0, line.lastIndexOf(':')), line.slice(line.lastIndexOf(':') + 1).trim()]
        : [line, ''];
      return { phrase: tokenize(text).map((t) => t.word), rule: rule || defaultRule, source: text.trim() };
    })
    .filter((e) => e.phrase.length > 0);
}

/** First whole-word (or whole-phrase) match of any entry, as a span of the original text. */
export function findWord(
  text: string,
  entries: WordEntry[],
): { entry: WordEntry; start: number; end: number } | undefined {
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    for (const entry of entries) {
      const n = entry.phrase.length;
      if (i + n > tokens.length) continue;
      if (entry.phrase.every((w, k) => tokens[i + k]!.word === w))
        return { entry, start: tokens[i]!.start, end: tokens[i + n - 1]!.end };
    }
  }
  return undefined;
}
