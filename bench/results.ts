// The shape of every figure: the real path and its baseline from the same run, and their ratio.
export type Side = {
  label: string;
  /** Operations per second: requests, reads, posts or messages. */
  perSecond?: number;
  p50Ms?: number;
  p99Ms?: number;
  count?: number;
  /** For sizes (page weight). */
  kb?: number;
  /** For Lighthouse: the performance score, 0–100, and all four scores as text. */
  score?: number;
  scores?: string;
};

export type Target = { text: string; isMet: boolean };

export type Figure = {
  id: string;
  title: string;
  subject?: Side;
  baseline?: Side;
  /** subject ÷ baseline throughput (or size ÷ budget for page weight). */
  ratio?: number;
  target?: Target;
  notes?: string[];
  /** Set instead of numbers when the figure could not be measured. */
  skipped?: string;
};

export function ratioOf(subject: Side, baseline: Side): number | undefined {
  if (!subject.perSecond || !baseline.perSecond) return undefined;
  return subject.perSecond / baseline.perSecond;
}

export function skippedFigure(id: string, title: string, reason: string): Figure {
  return { id, title, skipped: reason };
}
