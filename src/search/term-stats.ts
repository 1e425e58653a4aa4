import type { TermStatistics } from './ranking.js';

/**
 * Document frequencies the gateway has asked the engine for, kept for a while: they change only when
 * ingestion runs, and re-asking costs one engine query per word. A stale count shifts a weight slightly;
 * it never hides an article.
 */
export class TermStatisticsCache {
  private readonly frequencies = new Map<string, { df: number; at: number }>();
  private documents: { n: number; at: number } | null = null;

  constructor(
    private readonly ttlMs = 60_000,
    private readonly maxEntries = 50_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** What is missing or stale for these stems: those stems, and whether the article count is. */
  missing(stems: readonly string[]): { stems: string[]; documents: boolean } {
    const now = this.now();
    const stale = (entry: { at: number } | null | undefined) => !entry || now - entry.at >= this.ttlMs;
    return { stems: stems.filter((stem) => stale(this.frequencies.get(stem))), documents: stale(this.documents) };
  }

  store(stems: readonly string[], frequencies: readonly number[], documents?: number): void {
    const now = this.now();
    if (documents !== undefined) this.documents = { n: documents, at: now };
    stems.forEach((stem, i) => {
      this.frequencies.delete(stem);
      this.frequencies.set(stem, { df: frequencies[i]!, at: now });
    });
    while (this.frequencies.size > this.maxEntries) this.frequencies.delete(this.frequencies.keys().next().value!);
  }

  /** Statistics for these stems with fresh counts laid over the stored ones, without storing them. */
  withFresh(fresh: { stems: readonly string[]; frequencies: readonly number[]; documents: number | undefined }, stems: readonly string[]): TermStatistics {
    const stored = this.statistics(stems);
    const documentFrequency = new Map(stored.documentFrequency);
    fresh.stems.forEach((stem, i) => documentFrequency.set(stem, fresh.frequencies[i]!));
    return { documents: fresh.documents ?? stored.documents, documentFrequency };
  }

  /** Statistics for these stems as stored (0 for a stem never stored). */
  statistics(stems: readonly string[]): TermStatistics {
    const documentFrequency = new Map<string, number>();
    for (const stem of stems) documentFrequency.set(stem, this.frequencies.get(stem)?.df ?? 0);
    return { documents: this.documents?.n ?? 0, documentFrequency };
  }
}
