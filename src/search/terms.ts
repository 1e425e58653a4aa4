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

/** Counts of the wanted stems only (a query has a handful; an article has hundreds): a native search per stem. */
export function countsOf(termCounts: string, wanted: ReadonlySet<string>): Map<string, number> {
  const found = new Map<string, number>();
  if (!termCounts) return found;
  for (const stem of wanted) {
    let at = termCounts.indexOf(stem);
    while (at >= 0) {
      const end = at + stem.length;
      const startsEntry = at === 0 || termCounts.charCodeAt(at - 1) === 32;
      const next = termCounts.charCodeAt(end); // NaN at the end of the string
      if (startsEntry && (Number.isNaN(next) || next === 32 || next === 58)) {
        let count = 1;
        if (next === 58) {
          const space = termCounts.indexOf(' ', end);
          count = Number(termCounts.slice(end + 1, space < 0 ? undefined : space));
        }
        found.set(stem, count);
        break;
      }
      at = termCounts.indexOf(stem, at + 1);
    }
  }
  return found;
}
