// Same story, several outlets: articles from different outlets published within a day of each other whose
// stemmed vocabulary agrees, weighted by rarity (TF-IDF cosine). Hand-written because no npm package groups
// documents by event; MinHash over shingles (the usual near-duplicate test) finds only copies, while two
// outlets retell a meeting in their own words (seeds 000 and 001 share a quarter of their stems). Measured on
// the 10,105 shared articles (npm run eval:stories; test/fixtures/stories/): about four cross-outlet pairs
// in five above the threshold are the same event, the others the same topic; pairs from one outlet are not
// grouped, since one site's pages share teaser text.

export interface StoryInput {
  id: string;
  source: string | null;
  /** YYYY-MM-DD; undated articles stay alone. */
  date: string | null;
  /** Stem counts of title and body as the index stores them (src/search/terms.ts): compact strings, read twice. */
  termCounts: readonly string[];
}

export interface StoryAssignment {
  /** The smallest id among the story's articles; an article alone is its own story. */
  story: string;
  /** The other outlets of the story, sorted. */
  alsoReportedBy: string[];
}

/** Cosine at and above which two articles report the same story. */
export const STORY_THRESHOLD = 0.37;
/** Articles more than this many days apart are different stories. */
const MAX_DAYS_APART = 1;
/** Stems in more than this share of articles say nothing about the event. */
const COMMON_SHARE = 0.1;
/** Each article's vector keeps its heaviest stems: bounded memory per article at any corpus size. */
const VECTOR_TERMS = 400;

interface Vector {
  doc: number;
  day: number;
  terms: Int32Array;
  weights: Float32Array;
}

function vectors(inputs: readonly StoryInput[]): Vector[] {
  const documentFrequency = new Map<string, number>();
  for (const input of inputs) for (const stem of termsFromCounts(...input.termCounts).keys()) documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);
  const n = inputs.length;
  const maxFrequency = Math.max(3, COMMON_SHARE * n);
  const termIds = new Map<string, number>();
  const out: Vector[] = [];
  inputs.forEach((input, doc) => {
    if (!input.date) return;
    const weighted: [string, number][] = [];
    for (const [stem, count] of termsFromCounts(...input.termCounts)) {
      const df = documentFrequency.get(stem)!;
      if (df < 2 || df > maxFrequency || stem.length < 3 || /^\d+$/.test(stem)) continue;
      weighted.push([stem, (1 + Math.log(count)) * Math.log(n / df)]);
    }
    weighted.sort((a, b) => b[1] - a[1]);
    const kept = weighted.slice(0, VECTOR_TERMS);
    const norm = Math.sqrt(kept.reduce((sum, [, w]) => sum + w * w, 0)) || 1;
    const terms = new Int32Array(kept.length);
    const weights = new Float32Array(kept.length);
    kept.forEach(([stem, w], k) => {
      let id = termIds.get(stem);
      if (id === undefined) termIds.set(stem, (id = termIds.size));
      terms[k] = id;
      weights[k] = w / norm;
    });
    out.push({ doc, day: Math.floor(Date.parse(`${input.date}T00:00:00Z`) / 86_400_000), terms, weights });
  });
  return out;
}

/** Pairs of articles from different outlets, within MAX_DAYS_APART, at or above the threshold. */
export function storyPairs(inputs: readonly StoryInput[], threshold = STORY_THRESHOLD): { a: number; b: number; score: number }[] {
  const byDay = new Map<number, Vector[]>();
  for (const v of vectors(inputs)) {
    const list = byDay.get(v.day);
    if (list) list.push(v);
    else byDay.set(v.day, [v]);
  }
  const pairs: { a: number; b: number; score: number }[] = [];
  for (const [day, todays] of byDay) {
    // Postings of this day and the next ones in reach; each pair is counted from its earlier day only.
    const near = [...todays];
    for (let d = 1; d <= MAX_DAYS_APART; d++) near.push(...(byDay.get(day + d) ?? []));
    const postings = new Map<number, { v: Vector; w: number }[]>();
    for (const v of near) {
      v.terms.forEach((t, k) => {
        const list = postings.get(t);
        if (list) list.push({ v, w: v.weights[k]! });
        else postings.set(t, [{ v, w: v.weights[k]! }]);
      });
    }
    for (const v of todays) {
      const dot = new Map<Vector, number>();
      v.terms.forEach((t, k) => {
        for (const other of postings.get(t)!) {
          if (other.v === v || (other.v.day === day && other.v.doc < v.doc)) continue;
          dot.set(other.v, (dot.get(other.v) ?? 0) + v.weights[k]! * other.w);
        }
      });
      for (const [other, score] of dot) {
        const sa = inputs[v.doc]!.source;
        const sb = inputs[other.doc]!.source;
        if (score >= threshold && (sa === null || sb === null || sa !== sb)) pairs.push({ a: v.doc, b: other.doc, score });
      }
    }
  }
  return pairs.sort((x, y) => y.score - x.score);
}

/**
 * Stories of a set of articles. Pairs join stories best first, and two stories join only when no outlet is
 * in both and their articles agree on average: one strong pair does not chain unrelated events together.
 */
export function groupStories(inputs: readonly StoryInput[]): Map<string, StoryAssignment> {
  const pairs = storyPairs(inputs);
  const score = new Map<string, number>();
  const key = (a: number, b: number) => (a < b ? `${a} ${b}` : `${b} ${a}`);
  for (const p of pairs) score.set(key(p.a, p.b), p.score);
  const members = new Map<number, number[]>();
  const storyOf = inputs.map((_, i) => i);
  for (const { a, b } of pairs) {
    const sa = storyOf[a]!;
    const sb = storyOf[b]!;
    if (sa === sb) continue;
    const left = members.get(sa) ?? [sa];
    const right = members.get(sb) ?? [sb];
    const outlets = new Set(left.map((i) => inputs[i]!.source).filter((s) => s !== null));
    if (right.some((i) => inputs[i]!.source !== null && outlets.has(inputs[i]!.source))) continue;
    let sum = 0;
    for (const i of left) for (const j of right) sum += score.get(key(i, j)) ?? 0;
    if (sum / (left.length * right.length) < STORY_THRESHOLD) continue;
    const merged = [...left, ...right];
    for (const i of merged) storyOf[i] = sa;
    members.set(sa, merged);
    members.delete(sb);
  }
  const out = new Map<string, StoryAssignment>();
  inputs.forEach((input, i) => {
    const group = members.get(storyOf[i]!) ?? [i];
    const ids = group.map((k) => inputs[k]!.id).sort();
    const others = [...new Set(group.filter((k) => k !== i).map((k) => inputs[k]!.source).filter((s): s is string => s !== null && s !== input.source))].sort();
    out.set(input.id, { story: ids[0]!, alsoReportedBy: others });
  });
  return out;
}

/** Stem counts from the index's term-count strings ("stem stem:3 ...", src/search/terms.ts). */
export function termsFromCounts(...termCounts: string[]): Map<string, number> {
  const terms = new Map<string, number>();
  for (const counts of termCounts) {
    for (const entry of counts.split(' ')) {
      if (!entry) continue;
      const colon = entry.lastIndexOf(':');
      const stem = colon > 0 ? entry.slice(0, colon) : entry;
      terms.set(stem, (terms.get(stem) ?? 0) + (colon > 0 ? Number(entry.slice(colon + 1)) : 1));
    }
  }
  return terms;
}
