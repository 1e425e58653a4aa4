// Relevance ranking of the engine's candidates: BM25 over the stems of title, lead and body, scaled by how
// much of the query (weighted by rarity) an article covers. Meilisearch finds and filters the candidates;
// this orders them. Written here because the engine has no term-frequency ranking and no library ranks
// documents it does not hold. Parameters were measured on the judged set (npm run eval, README
// "Retrieval quality"): Lucene's BM25 defaults, the title counting twice, the lead (first 40 stems of the
// body) half again, coverage to the power one. Tried and left out because they lowered nDCG@10 there:
// a bonus for exact (unstemmed) matches, a proximity bonus, BM25F-style field merging, feedback terms.

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

export const LEAD_STEMS = 40;
const K1 = 1.2;
const B = 0.75;
const TITLE_WEIGHT = 2;
const LEAD_WEIGHT = 0.5;
const COVERAGE_EXPONENT = 1;

export function inverseDocumentFrequency(stats: TermStatistics, stem: string): number {
  const df = Math.min(stats.documentFrequency.get(stem) ?? 0, stats.documents);
  return Math.log(1 + (stats.documents - df + 0.5) / (df + 0.5));
}

function saturate(tf: number, length: number, averageLength: number): number {
  if (tf === 0) return 0;
  return (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / averageLength));
}

/** Scores candidates for the query's stems; higher is better. Pure, so it is unit-tested directly. */
export function scoreCandidates(candidates: readonly RankCandidate[], stems: readonly string[], stats: TermStatistics): Map<string, number> {
  const scores = new Map<string, number>();
  if (candidates.length === 0) return scores;
  const mean = (f: (c: RankCandidate) => number) => Math.max(1, candidates.reduce((sum, c) => sum + f(c), 0) / candidates.length);
  const averageTitle = mean((c) => c.titleLength);
  const averageBody = mean((c) => c.bodyLength);
  const weights = stems.map((stem) => inverseDocumentFrequency(stats, stem));
  const totalWeight = weights.reduce((a, b) => a + b, 0) || 1;
  for (const candidate of candidates) {
    let score = 0;
    let covered = 0;
    stems.forEach((stem, i) => {
      const inTitle = candidate.title.get(stem) ?? 0;
      const inBody = candidate.body.get(stem) ?? 0;
      const inLead = candidate.lead.get(stem) ?? 0;
      if (inTitle + inBody > 0) covered += weights[i]!;
      score +=
        weights[i]! *
        (saturate(inBody, candidate.bodyLength, averageBody) +
          TITLE_WEIGHT * saturate(inTitle, candidate.titleLength, averageTitle) +
          LEAD_WEIGHT * saturate(inLead, 1, 1)); // the lead has a fixed length
    });
    scores.set(candidate.id, score * Math.pow(covered / totalWeight, COVERAGE_EXPONENT));
  }
  return scores;
}
