import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { calendarDate, dateInAddress, dateLine, updatedOnly } from './dates.js';

export { dateInAddress };

// An .html file is a saved web page, not page text: Mozilla's Readability (Firefox Reader View) finds
// the article in it, over linkedom's light DOM. What comes out is page text like our .txt input — the
// headline line, then one paragraph per line — and goes through the same cleaning, which still removes
// what Readability keeps (share rows inside the article, "read also" teasers, credits).

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, dd, dt';

/** What a saved page says about itself in machine-readable form (JSON-LD, Open Graph, article meta tags). */
export interface PageMeta {
  /** The site's own name (og:site_name, JSON-LD publisher), not yet canonical. */
  siteName?: string;
  /** The side of the document title that is not the headline ("مصراوي | headline"): weaker evidence. */
  titleSiteName?: string;
  /** Published date, YYYY-MM-DD, as the page writes it (its own time zone). */
  published?: string;
  /** The date in the page's own address (".../2013/middle_east/8/3/..."), where many sites file a story. */
  addressDate?: string;
}

export interface HtmlArticle {
  text: string;
  meta: PageMeta;
}

/** Page text of an HTML document: title first, then the article's paragraphs, one per line. */
export function htmlToPageText(html: string): string {
  return extractHtmlArticle(html).text;
}

/** The article of an HTML document as page text, with the metadata the page declares. */
export function extractHtmlArticle(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const fallbackTitle = document.querySelector('h1')?.textContent?.trim() ?? document.title?.trim() ?? '';
  // Read before Readability, which rewrites the document.
  const documentTitle = document.title?.replace(/\s+/g, ' ').trim() ?? '';
  const address = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? document.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? '';
  // Microdata and the older meta names, which Readability does not read.
  const microdataDate = document.querySelector('[itemprop="datePublished"]');
  const declaredDate =
    microdataDate?.getAttribute('content') ?? microdataDate?.getAttribute('datetime') ??
    document.querySelector('meta[name="pubdate"], meta[name="publishdate"], meta[name="publish-date"], meta[name="publish_date"]')?.getAttribute('content');
  const shownDate = visibleDate(document as unknown as Document);
  let article: { title?: string | null; content?: string | null; byline?: string | null; siteName?: string | null; publishedTime?: string | null } | null = null;
  try {
    article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  } catch {
    article = null;
  }
  const content = article?.content ? parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document : parseHTML(html).document;
  const paragraphs = blockTexts(content.body as unknown as Element);
  let title = (article?.title ?? '').trim() || fallbackTitle;
  // The document title is often shortened or carries the site's name ("headline | site"); the article's own
  // heading, when it opens the article and tells the same, is the headline.
  const opening = paragraphs[0];
  if (opening && opening !== title && title && opening.split(/\s+/).length <= 30 && (opening.includes(title) || title.includes(opening))) title = opening;
  const body = paragraphs.filter((p) => p !== title);
  const text = [title, ...bylineLines(article?.byline).filter((line) => !body.includes(line)), ...body].filter(Boolean).join('\n\n');
  const meta: PageMeta = {};
  const siteName = tidySiteName(article?.siteName);
  if (siteName) meta.siteName = siteName;
  const titleSiteName = siteNameInTitle(documentTitle, title);
  if (titleSiteName) meta.titleSiteName = titleSiteName;
  const published = calendarDate(article?.publishedTime) ?? calendarDate(declaredDate) ?? shownDate;
  if (published) meta.published = published;
  const addressDate = dateInAddress(address);
  if (addressDate) meta.addressDate = addressDate;
  return { text, meta };
}

/** Dates in the site's header and footer are today's, or the archive's: not the article's. */
const OUTSIDE_ARTICLE = 'header, footer, nav, aside';

/**
 * The date the page shows beside the article, which Readability often drops with its box: a <time> in the
 * article, else a short element classed as a date whose text is a date line (published, not updated).
 */
function visibleDate(document: Document): string | undefined {
  for (const time of Array.from(document.querySelectorAll('article time[datetime], time[pubdate], time[class*="publish"], [class*="publish"] time[datetime]'))) {
    const day = calendarDate(time.getAttribute('datetime'));
    if (day && !time.closest(OUTSIDE_ARTICLE)) return day;
  }
  const candidates = Array.from(document.querySelectorAll('[class*="date"], [class*="publish"], [class*="time"], [id*="date"]')).slice(0, 40);
  for (const element of candidates) {
    const text = element.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (!text || text.length > 120 || element.closest(OUTSIDE_ARTICLE)) continue;
    if (updatedOnly(text)) continue;
    const iso = dateLine(text)?.iso;
    if (iso) return iso;
  }
  return undefined;
}

/**
 * Readability lifts the byline box out of the article; it is where the outlet (موسكو - سانا) and often the
 * date are, one line each. A bare name is the reporter, nothing the cleaning needs; a long run is an
 * author's biography.
 */
function bylineLines(byline: string | null | undefined): string[] {
  return (byline ?? '')
    .split(/\n+/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => {
      const words = line.split(' ').length;
      const bareName = words <= 4 && !/[\-–—|:/()\d\u0660-\u0669]/.test(line) && !/^(بقلم|كتب|كتبت|إعداد|اعداد|تحرير|مراسل|by)\b/i.test(line);
      return line.length > 0 && words <= 12 && !bareName;
    });
}

/** "مصراوي | headline", "headline - المصري اليوم": the side of the document title that is not the headline. */
function siteNameInTitle(documentTitle: string, headline: string): string | undefined {
  const parts = documentTitle.split(/\s+[|\-–—:]{1,2}\s+/);
  if (parts.length !== 2 || !headline) return undefined;
  const [first, second] = parts as [string, string];
  const other = headline.includes(first) || first.includes(headline) ? second : headline.includes(second) || second.includes(headline) ? first : undefined;
  return other && other.split(/\s+/).length <= 4 ? tidySiteName(other) : undefined;
}

/** "www.hespress.com" -> "hespress"; a site name stays as written. */
function tidySiteName(name: string | null | undefined): string | undefined {
  const tidy = (name ?? '').replace(/\s+/g, ' ').trim();
  if (!tidy || tidy.length > 60) return undefined;
  const domain = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+)(?:\.[a-z]{2,6})+\/?$/i.exec(tidy);
  return domain ? domain[1] : tidy;
}


/**
 * Text of a saved page's bytes: the charset it declares (many Arabic sites still serve windows-1256),
 * else UTF-8. Undefined when the bytes are not valid in that charset or it is one the runtime lacks.
 */
export function decodeHtml(raw: Buffer): string | undefined {
  const head = raw.subarray(0, 4096).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)/i.exec(head)?.[1]?.toLowerCase();
  const label = raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf ? 'utf-8' : (declared ?? 'utf-8');
  try {
    return new TextDecoder(label, { fatal: true }).decode(raw);
  } catch {
    return undefined;
  }
}

function blockTexts(root: Element | null): string[] {
  if (!root) return [];
  // Photo captions and credits are never the story (Readability keeps them with the article).
  for (const el of Array.from(root.querySelectorAll('script, style, noscript, template, svg, figcaption'))) el.remove();
  // A line break inside a block is a line of its own: "<br>"-separated pages have no <p>.
  for (const br of Array.from(root.querySelectorAll('br'))) br.replaceWith('\n');
  const texts: string[] = [];
  const blocks = Array.from(root.querySelectorAll(BLOCKS)).filter((el) => !el.querySelector(BLOCKS));
  for (const el of blocks.length > 0 ? blocks : [root]) {
    for (const line of (el.textContent ?? '').split('\n')) {
      const text = line.replace(/\s+/g, ' ').trim();
      if (text) texts.push(text);
    }
  }
  return texts;
}
