// Meilisearch filter strings are parsed by the engine, so every value is quoted and escaped here:
// backslash first, then the double quote (../shared/research/reliability.md §2.2). Nothing user-given
// is ever interpolated raw.

export function quoteFilterValue(value: string): string {
  return '"' + value.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
}

export interface FilterCriteria {
  sources?: readonly string[];
  /** Inclusive bounds in Unix seconds. */
  fromTs?: number;
  toTs?: number;
}

/** Top-level array elements are ANDed by the engine; the inner array is an OR group. */
export function buildFilter(criteria: FilterCriteria): (string | string[])[] {
  const filter: (string | string[])[] = [];
  if (criteria.sources && criteria.sources.length > 0) {
    filter.push(criteria.sources.map((source) => `source = ${quoteFilterValue(source)}`));
  }
  if (criteria.fromTs !== undefined) filter.push(`date_ts >= ${Math.trunc(criteria.fromTs)}`);
  if (criteria.toTs !== undefined) filter.push(`date_ts <= ${Math.trunc(criteria.toTs)}`);
  return filter;
}
