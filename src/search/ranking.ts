// Relevance ranking of the engine's candidates: BM25 over the stems of title, lead and body, scaled by how
// much of the query (weighted by rarity) an article covers. Meilisearch finds and filters the candidates;
// this orders them. Written here because the engine has no term-frequency ranking and no library ranks
// documents it does not hold. Parameters were measured on the judged set (npm run eval, README
// "Retrieval quality"): Lucene's BM25 defaults, the title counting twice, the lead (first 40 stems of the
// body) once more, coverage to the power one (the lead weight is flat from 0.75 to 1.5; 0.5 scored 0.004
// lower; a coverage power of 1.5 or 2 scored lower). Tried and left out because they lowered nDCG@10:
// a bonus for exact (unstemmed) matches, a proximity bonus, BM25F-style field merging, feedback terms,
// fusion with Meilisearch's own rank.

export interface TermStatistics {
  /** Articles in the index. */
  documents: number;
  /** Articles holding each stem (title or body). */
  documentFrequency: ReadonlyMap<string, number>;
}

export interface RankCandidate {
  id: string;
  /** Stem counts of the query's stems in the title and in the body. */
  title: ReadonlyMap<string, number>;
  body: ReadonlyMap<string, number>;
  /** Counts in the lead: the first LEAD_STEMS stems of the body, where a news story says what it is about. */
  lead: ReadonlyMap<string, number>;
  titleLength: number;
  bodyLength: number;
}

import type { QueryPart } from './query.js';

export const LEAD_STEMS = 40;
const K1 = 1.2;
const B = 0.75;
const TITLE_WEIGHT = 2;
const LEAD_WEIGHT = 1;
const COVERAGE_EXPONENT = 1;

export function inverseDocumentFrequency(stats: TermStatistics, stem: string): number {
  const df = Math.min(stats.documentFrequency.get(stem) ?? 0, stats.documents);
  return Math.log(1 + (stats.documents - df + 0.5) / (df + 0.5));
}

function saturate(tf: number, length: number, averageLength: number): number {
  if (tf === 0) return 0;
  return (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / averageLength));
}

/** A query part with its weights: each word's rarity, and the group stem weighing all words together. */
export interface WeightedPart {
  words: readonly { stem: string; weight: number }[];
  group: { stem: string; weight: number } | null;
}

export function weighParts(parts: readonly QueryPart[], stats: TermStatistics): WeightedPart[] {
  return parts.map((part) => {
    const words = part.words.map((stem) => ({ stem, weight: inverseDocumentFrequency(stats, stem) }));
    const together = words.reduce((sum, w) => sum + w.weight, 0);
    return { words, group: part.group ? { stem: part.group, weight: Math.max(together, inverseDocumentFrequency(stats, part.group)) } : null };
  });
}

/**
 * Scores candidates for the weighed query; higher is better. A phrase part scores the better of its
 * words and its group stem, so an article using another spelling of the phrase is not at a loss.
 * Pure, so it is unit-tested directly.
 */
export function scoreCandidates(candidates: readonly RankCandidate[], parts: readonly WeightedPart[]): Map<string, number> {
  const scores = new Map<string, number>();
  if (candidates.length === 0) return scores;
  const mean = (f: (c: RankCandidate) => number) => Math.max(1, candidates.reduce((sum, c) => sum + f(c), 0) / candidates.length);
  const averageTitle = mean((c) => c.titleLength);
  const averageBody = mean((c) => c.bodyLength);
  const totalWeight = parts.reduce((sum, part) => sum + (part.group?.weight ?? part.words.reduce((s, w) => s + w.weight, 0)), 0) || 1;
  for (const candidate of candidates) {
    const termScore = (stem: string, weight: number) => {
      const inTitle = candidate.title.get(stem) ?? 0;
      const inBody = candidate.body.get(stem) ?? 0;
      const inLead = candidate.lead.get(stem) ?? 0;
      const score =
        weight *
        (saturate(inBody, candidate.bodyLength, averageBody) +
          TITLE_WEIGHT * saturate(inTitle, candidate.titleLength, averageTitle) +
          LEAD_WEIGHT * saturate(inLead, 1, 1)); // the lead has a fixed length
      return { score, covered: inTitle + inBody > 0 ? weight : 0 };
    };
    let score = 0;
    let covered = 0;
    for (const part of parts) {
      const words = part.words.map((w) => termScore(w.stem, w.weight));
      let partScore = words.reduce((sum, w) => sum + w.score, 0);
      let partCovered = words.reduce((sum, w) => sum + w.covered, 0);
      if (part.group) {
        const group = termScore(part.group.stem, part.group.weight);
        partScore = Math.max(partScore, group.score);
        partCovered = Math.max(partCovered, group.covered);
      }
      score += partScore;
      covered += partCovered;
    }
    scores.set(candidate.id, score * Math.pow(covered / totalWeight, COVERAGE_EXPONENT));
  }
  return scores;
}
