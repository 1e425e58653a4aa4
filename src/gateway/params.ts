import { z } from 'zod';
import { InvalidParameterError } from '../errors.js';
import type { SearchRequest } from '../search/service.js';

/** Meilisearch never returns hits past this rank (pagination.maxTotalHits). */
export const MAX_RESULT_WINDOW = 1000;
export const MAX_QUERY_LENGTH = 500;
const MAX_SOURCES = 20;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((d) => {
    const parsed = new Date(`${d}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(d);
  }, 'is not a calendar date');

const once = (name: string) =>
  z.preprocess((v) => v, z.string({ error: (issue) => (Array.isArray(issue.input) ? `${name} may be given only once` : `${name} must be text`) }));

const searchSchema = z
  .strictObject({
    q: once('q').pipe(z.string().max(MAX_QUERY_LENGTH, `q may be at most ${MAX_QUERY_LENGTH} characters`)).optional(),
    source: z
      .union([z.string(), z.array(z.string())])
      .transform((v) => (Array.isArray(v) ? v : [v]))
      .pipe(z.array(z.string().min(1, 'source may not be empty').max(200, 'source is too long')).max(MAX_SOURCES, `at most ${MAX_SOURCES} source values`))
      .optional(),
    from: once('from').pipe(day).optional(),
    to: once('to').pipe(day).optional(),
    sort: once('sort').pipe(z.enum(['relevance', 'newest', 'oldest'], { error: 'sort must be relevance, newest or oldest' })).optional(),
    page: once('page').pipe(z.string().regex(/^\d{1,6}$/, 'page must be a whole number from 1').transform(Number).pipe(z.number().int().min(1, 'page must be a whole number from 1'))).optional(),
    collapse: once('collapse').pipe(z.enum(['story', 'none'], { error: 'collapse must be story or none' })).optional(),
    hitsPerPage: once('hitsPerPage')
      .pipe(z.string().regex(/^\d{1,3}$/, 'hitsPerPage must be a whole number from 1 to 100').transform(Number).pipe(z.number().int().min(1, 'hitsPerPage must be a whole number from 1 to 100').max(100, 'hitsPerPage must be a whole number from 1 to 100')))
      .optional(),
  }, { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown parameter${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}` : undefined) });

// Characters no query needs: C0/C1 controls and lone surrogates. Stripped, not rejected, so pasted text works.
const UNWANTED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The query text without those characters, trimmed. */
export function stripUnwanted(text: string): string {
  return text.replace(UNWANTED, '').trim();
}

export function parseSearchParams(query: unknown): SearchRequest {
  const parsed = searchSchema.safeParse(query ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path[0] !== undefined ? String(issue.path[0]) : undefined;
    const message = issue.code === 'unrecognized_keys' || !field || issue.message.startsWith(field) ? issue.message : `${field}: ${issue.message}`;
    throw new InvalidParameterError(message, field);
  }
  const p = parsed.data;
  const page = p.page ?? 1;
  const hitsPerPage = p.hitsPerPage ?? 20;
  if (page * hitsPerPage > MAX_RESULT_WINDOW) {
    throw new InvalidParameterError(`page × hitsPerPage may be at most ${MAX_RESULT_WINDOW}; narrow the search instead`, 'page');
  }
  if (p.from && p.to && p.from > p.to) throw new InvalidParameterError('from must not be after to', 'from');
  return {
    q: stripUnwanted(p.q ?? ''),
    sources: [...new Set(p.source ?? [])],
    ...(p.from ? { from: p.from } : {}),
    ...(p.to ? { to: p.to } : {}),
    sort: p.sort ?? 'relevance',
    page,
    hitsPerPage,
    collapseStories: p.collapse === 'story',
  };
}

const ID = /^[A-Za-z0-9_-]{1,511}$/;

export function parseArticleId(id: string): string {
  if (!ID.test(id)) throw new InvalidParameterError('id may hold only A-Z, a-z, 0-9, _ and - (at most 511)', 'id');
  return id;
}
