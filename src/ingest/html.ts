import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

// An .html file is a saved web page, not page text: Mozilla's Readability (Firefox Reader View) finds
// the article in it, over linkedom's light DOM. What comes out is page text like our .txt input — the
// headline line, then one paragraph per line — and goes through the same cleaning, which still removes
// what Readability keeps (share rows inside the article, "read also" teasers, credits).

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, pre, td, dd, dt';

/** Page text of an HTML document: title first, then the article's paragraphs, one per line. */
export function htmlToPageText(html: string): string {
  const { document } = parseHTML(html);
  const fallbackTitle = document.querySelector('h1')?.textContent?.trim() ?? document.title?.trim() ?? '';
  let article: { title?: string | null; content?: string | null; byline?: string | null } | null = null;
  try {
    article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  } catch {
    article = null;
  }
  const content = article?.content ? parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document : parseHTML(html).document;
  const paragraphs = blockTexts(content.body as unknown as Element);
  const title = (article?.title ?? '').trim() || fallbackTitle;
  // Readability lifts the byline out of the article; it is where the outlet often is (موسكو - سانا).
  const byline = article?.byline?.replace(/\s+/g, ' ').trim();
  const body = paragraphs.filter((p) => p !== title);
  return [title, ...(byline && !body.includes(byline) ? [byline] : []), ...body].filter(Boolean).join('\n\n');
}

function blockTexts(root: Element | null): string[] {
  if (!root) return [];
  for (const el of Array.from(root.querySelectorAll('script, style, noscript, template, svg'))) el.remove();
  const texts: string[] = [];
  const blocks = Array.from(root.querySelectorAll(BLOCKS)).filter((el) => !el.querySelector(BLOCKS));
  for (const el of blocks.length > 0 ? blocks : [root]) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) texts.push(text);
  }
  return texts;
}
