import { createHash } from 'node:crypto';
import { analyzeArabic } from '../arabic/index.js';
import { ARTICLE_KIND, type ArticleDocument } from '../search/document.js';
import { LEAD_STEMS } from '../search/ranking.js';
import { formatTermCounts } from '../search/terms.js';
import { parsePage } from './article.js';
import type { PageMeta } from './html.js';
import type { ManifestRow } from './manifest.js';
import type { SourceCanonicalizer } from './sources.js';

/** Bump when analysis or cleaning changes what is indexed: every article is then re-sent. */
export const ANALYSIS_VERSION = '2026-12-04.11';

const VALID_ID = /^[A-Za-z0-9_-]{1,511}$/;

/** The file name without its extension, or a stable derived id when the engine would reject it. */
export function documentId(fileStem: string): { id: string; derived: boolean } {
  if (VALID_ID.test(fileStem)) return { id: fileStem, derived: false };
  const readable = fileStem.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 64).replace(/^_+|_+$/g, '');
  const digest = createHash('sha256').update(fileStem).digest('hex').slice(0, 16);
  return { id: `${readable || 'doc'}-${digest}`, derived: true };
}

/** The search forms of a text: stems (and clitic-free stems), function words left out. */
export function searchStems(text: string): string[] {
  const stems: string[] = [];
  for (const token of analyzeArabic(text)) {
    if (token.stop) continue;
    stems.push(token.stem);
    if (token.cliticFree) stems.push(token.cliticFree);
    if (token.phraseStart && token.phrase !== token.stem && token.phrase !== token.cliticFree) stems.push(token.phrase!);
  }
  return stems;
}


export interface DocumentInput {
  id: string;
  text: string;
  manifest: ManifestRow | undefined;
  sources: SourceCanonicalizer;
  /** What a saved HTML page declares about itself (site name, published date). */
  pageMeta?: PageMeta;
}

/** The article as shown to users (what --dry-run prints). */
export interface CleanArticle {
  id: string;
  title: string;
  source: string | null;
  date: string | null;
  body: string;
}

export function cleanArticle(input: DocumentInput): CleanArticle {
  const page = parsePage(input.text, input.pageMeta);
  return {
    id: input.id,
    title: page.title,
    // The manifest names the outlet that published the file; a wire credit in the text may not be it.
    source: input.sources.canonical(input.manifest?.source ?? page.source),
    // The page's own published date first; the manifest knows it when the text does not.
    date: page.date ?? input.manifest?.date ?? null,
    body: page.body.join('\n'),
  };
}

export function toDocument(article: CleanArticle, hash: string): ArticleDocument {
  const ts = article.date ? Date.parse(`${article.date}T00:00:00Z`) / 1000 : null;
  const titleStems = searchStems(article.title);
  const bodyStems = searchStems(article.body);
  return {
    ...article,
    date_ts: ts,
    year: article.date ? Number(article.date.slice(0, 4)) : null,
    title_stem: titleStems.join(' '),
    body_stem: bodyStems.join(' '),
    title_terms: formatTermCounts(titleStems),
    body_terms: formatTermCounts(bodyStems),
    lead_terms: formatTermCounts(bodyStems.slice(0, LEAD_STEMS)),
    title_len: titleStems.length,
    body_len: bodyStems.length,
    kind: ARTICLE_KIND,
    hash,
  };
}

export function contentHash(raw: Buffer, manifest: ManifestRow | undefined): string {
  return createHash('sha256').update(ANALYSIS_VERSION).update('\0').update(JSON.stringify(manifest ?? {})).update('\0').update(raw).digest('base64url').slice(0, 22);
}
