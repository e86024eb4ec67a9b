// Related stories ("Read more"), computed at import over the whole archive, not per request.
// Score = half topic overlap + half TF-IDF cosine of headline, standfirst and body, with a small
// same-section bonus; ties go to the newer story. See docs/0003-related-stories.md.

export type RelatedDoc = {
  id: string;
  title: string;
  standfirst: string;
  text: string;
  section: string;
  topics: string[];
  publishedAt: Date;
};

export type RelatedPick = { id: string; score: number };

const STOPWORDS = new Set(
  ('a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does ' +
    'doing down during each few for from further had has have having he her here hers him his how i if in into is it its itself just me more most my no ' +
    'nor not now of off on once only or other our ours out over own said same says she should so some such than that the their theirs them then there ' +
    'these they this those through to too under until up us very was we were what when where which while who whom why will with would you your year years ' +
    'new one two three last first week weeks told according people').split(' '),
);

export function tokenize(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 2 && !STOPWORDS.has(t) && !/^\d+$/.test(t))
    .map((t) => (t.length > 4 && t.endsWith('s') && !t.endsWith('ss') ? t.slice(0, -1) : t));
}

type Vector = Map<string, number>;

function termCounts(doc: RelatedDoc): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (text: string, weight: number) => {
    for (const t of tokenize(text)) counts.set(t, (counts.get(t) ?? 0) + weight);
  };
  add(doc.title, 3);
  add(doc.standfirst, 2);
  add(doc.text, 1);
  return counts;
}

function buildVectors(docs: RelatedDoc[]): Vector[] {
  const counts = docs.map(termCounts);
  const df = new Map<string, number>();
  for (const c of counts) for (const t of c.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  return counts.map((c) => {
    const v: Vector = new Map();
    let norm = 0;
    for (const [t, count] of c) {
      const w = (1 + Math.log(count)) * (Math.log((n + 1) / (df.get(t)! + 1)) + 1);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [t, w] of small) {
    const other = large.get(t);
    if (other !== undefined) sum += w * other;
  }
  return sum;
}

function topicOverlap(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const setB = new Set(b.map((t) => t.toLowerCase()));
  const shared = new Set(a.map((t) => t.toLowerCase()).filter((t) => setB.has(t))).size;
  return shared / Math.min(a.length, b.length);
}

const normTitle = (t: string) => t.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

export function rankRelated(docs: RelatedDoc[], limit = 6): Map<string, RelatedPick[]> {
  const vectors = buildVectors(docs);
  const result = new Map<string, RelatedPick[]>();
  docs.forEach((doc, i) => {
    const seen = new Set<string>([doc.id]);
    const picks: (RelatedPick & { publishedAt: number; title: string })[] = [];
    docs.forEach((other, j) => {
      // Never the story itself, nor a second copy of it under another slug.
      if (seen.has(other.id) || normTitle(other.title) === normTitle(doc.title)) return;
      seen.add(other.id);
      const score =
        0.5 * topicOverlap(doc.topics, other.topics) +
        0.5 * cosine(vectors[i]!, vectors[j]!) +
        (doc.section === other.section ? 0.05 : 0);
      picks.push({ id: other.id, score: Math.round(score * 1e6) / 1e6, publishedAt: other.publishedAt.getTime(), title: other.title });
    });
    picks.sort((a, b) => b.score - a.score || b.publishedAt - a.publishedAt || a.id.localeCompare(b.id));
    result.set(
      doc.id,
      picks.slice(0, limit).map(({ id, score }) => ({ id, score })),
    );
  });
  return result;
}
