import { open, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { decodeHtml, extractHtmlArticle, type PageMeta } from './html.js';

/** Articles bigger than this are reported and skipped: they are not news pages. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export type CorpusEntry =
  | { ok: true; file: string; stem: string; raw: Buffer; text: string; pageMeta?: PageMeta }
  | { ok: false; file: string; stem: string; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Page text (.txt) or a saved page (.html, .htm), whose article text is extracted first. */
const ARTICLE_EXTENSIONS = new Set(['.txt', '.html', '.htm']);

/** The article files of a corpus folder, sorted, so runs are deterministic. */
export async function listArticleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => (e.isFile() || e.isSymbolicLink()) && ARTICLE_EXTENSIONS.has(extname(e.name).toLowerCase()))
    .map((e) => e.name)
    .sort();
}

/** Reads one article; every way a file can be unusable becomes a reason, never an exception. */
export async function readArticle(dir: string, name: string): Promise<CorpusEntry> {
  const file = join(dir, name);
  const stem = basename(name, extname(name));
  try {
    const info = await stat(file);
    if (!info.isFile()) return { ok: false, file, stem, reason: 'not a regular file' };
    if (info.size > MAX_FILE_BYTES) return { ok: false, file, stem, reason: `too large (${info.size} bytes, limit ${MAX_FILE_BYTES})` };
    const handle = await open(file, 'r');
    let raw: Buffer;
    try {
      raw = await handle.readFile();
    } finally {
      await handle.close();
    }
    if (raw.length === 0) return { ok: false, file, stem, reason: 'empty file' };
    if (raw.includes(0)) return { ok: false, file, stem, reason: 'binary content (NUL bytes)' };
    if (extname(name).toLowerCase() !== '.txt') {
      const html = decodeHtml(raw);
      if (html === undefined) return { ok: false, file, stem, reason: 'not valid text in the charset the page declares (UTF-8 when none)' };
      const article = extractHtmlArticle(html);
      if (article.text.trim() === '') return { ok: false, file, stem, reason: 'no article text found in the HTML' };
      return { ok: true, file, stem, raw, text: article.text, pageMeta: article.meta };
    }
    let text: string;
    try {
      text = utf8.decode(raw);
    } catch {
      return { ok: false, file, stem, reason: 'not valid UTF-8' };
    }
    return { ok: true, file, stem, raw, text };
  } catch (error) {
    return { ok: false, file, stem, reason: `unreadable: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
}
