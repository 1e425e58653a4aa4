// The per-article term counts the gateway's ranking reads back from the engine. Meilisearch ranks by
// buckets (words matched, proximity, attribute...) and never by how often or how rarely a word occurs,
// which is what decides whether an article is *about* the query (../shared/research/retrieval-baselines.md).
// Stems are runs of letters and digits (src/arabic), so space and colon are safe separators.

/** "stem stem:3 ..." — each distinct stem once, with its count when above one. */
export function formatTermCounts(stems: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const stem of stems) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  let out = '';
  for (const [stem, n] of counts) out += (out ? ' ' : '') + (n > 1 ? `${stem}:${n}` : stem);
  return out;
}

/** Counts of the wanted stems only (a query has a handful; an article has hundreds). */
export function countsOf(termCounts: string, wanted: ReadonlySet<string>): Map<string, number> {
  const found = new Map<string, number>();
  if (wanted.size === 0 || !termCounts) return found;
  let start = 0;
  while (start < termCounts.length) {
    let end = termCounts.indexOf(' ', start);
    if (end < 0) end = termCounts.length;
    const entry = termCounts.slice(start, end);
    const colon = entry.lastIndexOf(':');
    const stem = colon > 0 ? entry.slice(0, colon) : entry;
    if (wanted.has(stem)) {
      found.set(stem, colon > 0 ? Number(entry.slice(colon + 1)) : 1);
      if (found.size === wanted.size) break;
    }
    start = end + 1;
  }
  return found;
}
