// The search page: InstantSearch.js widgets over instant-meilisearch, talking to the gateway's
// Meilisearch-compatible API (/meili) on this origin. The gateway analyses the Arabic and highlights in the
// original text; the page only lays results out. Bundled by scripts/build-web.ts (no inline script: CSP).
import instantsearch, { type UiState } from 'instantsearch.js';
import { history } from 'instantsearch.js/es/lib/routers';
import { clearRefinements, configure, currentRefinements, hits, pagination, refinementList, searchBox, sortBy, stats } from 'instantsearch.js/es/widgets';
import { connectRange, connectRefinementList } from 'instantsearch.js/es/connectors';
import { instantMeiliSearch } from '@meilisearch/instant-meilisearch';
import { dayToSeconds, directionOf, endOfDayToSeconds, formatDate, formatNumber, secondsToDay } from './format.js';
import { openArticle } from './reader.js';

interface PageConfig {
  index: string;
  compatPath: string;
}

interface ArticleHit {
  id: string;
  title: string;
  source: string | null;
  date: string | null;
  [key: string]: unknown;
}

/** The other outlets that reported the hit's story (src/ingest/stories.ts). */
function alsoReportedBy(hit: ArticleHit): string[] {
  return Array.isArray(hit.also_reported_by) ? hit.also_reported_by.filter((s): s is string => typeof s === 'string') : [];
}

/** The URL a search is shared by: the same parameters as /api/search. */
interface Route {
  q?: string;
  source?: string[];
  year?: string[];
  from?: string;
  to?: string;
  sort?: 'newest' | 'oldest';
  page?: number;
}

const $ = (id: string) => document.getElementById(id)!;

async function start(): Promise<void> {
  const config = (await (await fetch('/app-config.json')).json()) as PageConfig;
  const { index } = config;
  const newest = `${index}:date_ts:desc`;
  const oldest = `${index}:date_ts:asc`;

  // The host must be absolute (ecosystem.md §1.4); no key: the gateway holds the engine's.
  const { searchClient } = instantMeiliSearch(`${location.origin}${config.compatPath}`, '', { finitePagination: true });

  const search = instantsearch({
    indexName: index,
    searchClient,
    future: { preserveSharedStateOnUnmount: true },
    routing: {
      router: history<Route>({
        cleanUrlOnDispose: false,
        createURL: ({ routeState, location: here }) => `${here.pathname}${toQueryString(routeState)}`,
        parseURL: ({ location: here }) => fromQueryString(here.search),
      }),
      stateMapping: {
        stateToRoute(uiState: UiState): Route {
          const s = uiState[index] ?? {};
          const [lower, upper] = (s.range?.date_ts ?? ':').split(':');
          return {
            ...(s.query ? { q: s.query } : {}),
            ...(s.refinementList?.source?.length ? { source: s.refinementList.source } : {}),
            ...(s.refinementList?.year?.length ? { year: s.refinementList.year } : {}),
            ...(lower ? { from: secondsToDay(Number(lower)) } : {}),
            ...(upper ? { to: secondsToDay(Number(upper)) } : {}),
            ...(s.sortBy === newest ? { sort: 'newest' as const } : s.sortBy === oldest ? { sort: 'oldest' as const } : {}),
            ...(s.page && s.page > 1 ? { page: s.page } : {}),
          };
        },
        routeToState(route: Route): UiState {
          const from = route.from ? dayToSeconds(route.from) : undefined;
          const to = route.to ? endOfDayToSeconds(route.to) : undefined;
          return {
            [index]: {
              ...(route.q ? { query: route.q } : {}),
              refinementList: { ...(route.source ? { source: route.source } : {}), ...(route.year ? { year: route.year } : {}) },
              ...(from !== undefined || to !== undefined ? { range: { date_ts: `${from ?? ''}:${to ?? ''}` } } : {}),
              ...(route.sort ? { sortBy: route.sort === 'newest' ? newest : oldest } : {}),
              ...(route.page ? { page: route.page } : {}),
            },
          };
        },
      },
    },
  });

  search.addWidgets([
    configure({
      hitsPerPage: 10,
      attributesToRetrieve: ['id', 'title', 'source', 'date', 'date_ts', 'also_reported_by'],
      attributesToHighlight: ['title', 'body'],
      attributesToSnippet: ['body:40'],
      snippetEllipsisText: '…',
    }),
    searchBox({
      container: '#searchbox',
      placeholder: 'اكتب كلمات البحث… مثل: الإرهابيين',
      autofocus: true,
      showLoadingIndicator: true,
      // Search as you type, but not on every keystroke of a fast typist.
      queryHook: debounce((query: string, refine: (q: string) => void) => refine(query), 200),
      cssClasses: { input: 'search-input' },
    }),
    sortBy({
      container: '#sort',
      items: [
        { label: 'الأكثر صلة', value: index },
        { label: 'الأحدث', value: newest },
        { label: 'الأقدم', value: oldest },
      ],
    }),
    stats({
      container: '#stats',
      templates: {
        text: (data, { html }) =>
          data.nbHits === 0
            ? html`<span></span>`
            : data.query
              ? html`${formatNumber(data.nbHits)} نتيجة لـ «<bdi>${data.query}</bdi>» (${formatNumber(data.processingTimeMS)} م.ث)`
              : html`أحدث المقالات: ${formatNumber(data.nbHits)} مقالة`,
      },
    }),
    currentRefinements({
      container: '#current',
      transformItems: (items) =>
        items.map((item) => ({
          ...item,
          label: item.attribute === 'source' ? 'المصدر' : item.attribute === 'year' ? 'السنة' : 'التاريخ',
          refinements: item.refinements.map((r) =>
            r.attribute === 'date_ts' ? { ...r, label: `${r.operator === '>=' ? 'من' : 'إلى'} ${formatDate(secondsToDay(Number(r.value)))}` } : r,
          ),
        })),
    }),
    clearRefinements({ container: '#clear', templates: { resetLabel: (_, { html }) => html`مسح التصفية` } }),
    refinementList({
      container: '#source-list',
      attribute: 'source',
      operator: 'or',
      limit: 8,
      showMore: true,
      showMoreLimit: 50,
      searchable: true,
      searchablePlaceholder: 'ابحث في المصادر…',
      sortBy: ['count:desc', 'name:asc'],
      templates: {
        showMoreText: ({ isShowingMore }, { html }) => html`${isShowingMore ? 'عرض أقل' : 'عرض المزيد'}`,
        searchableNoResults: (_, { html }) => html`لا مصدر بهذا الاسم`,
        item: (item, { html }) => html`<label class="ais-RefinementList-label"><input type="checkbox" class="ais-RefinementList-checkbox" value=${item.value} checked=${item.isRefined} /><bdi class="ais-RefinementList-labelText">${item.label}</bdi><span class="ais-RefinementList-count">${formatNumber(item.count)}</span></label>`,
      },
    }),
    dateRange('#date-range'),
    yearHistogram('#year-list'),
    hits<ArticleHit>({
      container: '#hits',
      templates: {
        item: (hit, { html, components }) => html`
          <article class="hit">
            <h3><a href="/api/articles/${encodeURIComponent(hit.id)}" data-article=${hit.id} dir=${directionOf(hit.title)}>${components.Highlight({ attribute: 'title', hit })}</a></h3>
            <p class="meta"><bdi class="source">${hit.source ?? 'مصدر غير معروف'}</bdi>${hit.date ? html`<time datetime=${hit.date}>${formatDate(hit.date)}</time>` : ''}${alsoReportedBy(hit).length > 0 ? html`<span class="also">أيضاً في: ${alsoReportedBy(hit).map((outlet, i) => html`${i > 0 ? '، ' : ''}<bdi>${outlet}</bdi>`)}</span>` : ''}</p>
            <p class="snippet" dir=${directionOf(String((hit._snippetResult as { body?: { value?: string } } | undefined)?.body?.value ?? ''))}>${components.Snippet({ attribute: 'body', hit })}</p>
          </article>`,
        empty: (results, { html }) =>
          html`<div class="empty"><p>لا نتائج${results.query ? html` لـ «<bdi>${results.query}</bdi>»` : ''}.</p><p>جرّب كلمات أقل أو أعمّ، أو امسح التصفية.</p></div>`,
      },
    }),
    pagination({
      container: '#pagination',
      padding: 2,
      showFirst: false,
      showLast: false,
      // Templates are functions: string templates are compiled with eval, which the CSP forbids.
      templates: { previous: (_, { html }) => html`‹ السابق`, next: (_, { html }) => html`التالي ›` },
      cssClasses: { root: 'pages' },
    }),
  ]);

  const errorBox = $('error');
  search.on('error', () => {
    errorBox.hidden = false;
  });
  search.on('render', () => {
    if (search.status !== 'error') errorBox.hidden = true;
    // Sharded index with a node down: the gateway answers from the others and says so in metadata.
    const raw = (search.mainIndex.getResults() as unknown as { _rawResults?: { _meilisearch?: { metadata?: { partial?: boolean } } }[] } | null)?._rawResults;
    $('partial').hidden = !raw?.some((result) => result._meilisearch?.metadata?.partial);
    $('results').setAttribute('aria-busy', String(search.status === 'loading' || search.status === 'stalled'));
  });
  $('retry').addEventListener('click', () => search.refresh());

  search.start();
  bindKeys();
  // On a phone the filters start folded, so the results come first.
  if (matchMedia('(max-width: 720px)').matches) ($('filters').querySelector('details') as HTMLDetailsElement).open = false;
  $('hits').addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-article]');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    void openArticle(link.dataset.article!, link);
  });
}

/** From/to date inputs over the date_ts facet; their bounds come from the facet's min and max. */
const dateRangeWidget = connectRange<{ container: string }>((state, isFirstRender) => {
  const root = document.querySelector(state.widgetParams.container)!;
  if (isFirstRender) {
    root.innerHTML = '<label>من <input type="date" name="from"></label><label>إلى <input type="date" name="to"></label>';
    root.addEventListener('change', () => {
      const from = (root.querySelector('[name=from]') as HTMLInputElement).value;
      const to = (root.querySelector('[name=to]') as HTMLInputElement).value;
      state.refine([from ? dayToSeconds(from) : undefined, to ? endOfDayToSeconds(to) : undefined]);
    });
  }
  const [from, to] = state.start;
  const inputs = [root.querySelector('[name=from]') as HTMLInputElement, root.querySelector('[name=to]') as HTMLInputElement];
  inputs[0]!.value = from !== undefined && Number.isFinite(from) ? secondsToDay(from) : '';
  inputs[1]!.value = to !== undefined && Number.isFinite(to) ? secondsToDay(to) : '';
  const { min, max } = state.range;
  for (const input of inputs) {
    if (min !== undefined && Number.isFinite(min)) input.min = secondsToDay(min);
    if (max !== undefined && Number.isFinite(max)) input.max = secondsToDay(max);
  }
});

function dateRange(container: string) {
  return dateRangeWidget({ container, attribute: 'date_ts' });
}

/** Years, newest first, as toggle buttons with a bar for their count: a histogram you can click. */
const yearHistogramWidget = connectRefinementList<{ container: string }>((state) => {
  const root = document.querySelector(state.widgetParams.container)!;
  const top = Math.max(1, ...state.items.map((item) => item.count));
  const rows = state.items.map((item) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'year';
    button.setAttribute('aria-pressed', String(item.isRefined));
    button.dataset.value = item.value;
    const label = document.createElement('span');
    label.className = 'year-label';
    label.textContent = item.label;
    const bar = document.createElement('span');
    bar.className = 'year-bar';
    // CSSOM, not a style attribute: the CSP forbids inline styles.
    bar.style.setProperty('--share', String(item.count / top));
    const count = document.createElement('span');
    count.className = 'year-count';
    count.textContent = formatNumber(item.count);
    button.append(label, bar, count);
    button.addEventListener('click', () => state.refine(item.value));
    return button;
  });
  root.replaceChildren(...rows);
  if (rows.length === 0) root.textContent = '—';
});

function yearHistogram(container: string) {
  return yearHistogramWidget({ container, attribute: 'year', operator: 'or', sortBy: ['name:desc'], limit: 40 });
}

function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

/** "/" puts the cursor in the search box from anywhere on the page, as on most search sites. */
function bindKeys(): void {
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (event.key !== '/' || target.closest('input, textarea, select, dialog')) return;
    event.preventDefault();
    document.querySelector<HTMLInputElement>('#searchbox input')?.focus();
  });
}

function toQueryString(route: Route): string {
  const p = new URLSearchParams();
  if (route.q) p.set('q', route.q);
  for (const s of route.source ?? []) p.append('source', s);
  for (const y of route.year ?? []) p.append('year', y);
  if (route.from) p.set('from', route.from);
  if (route.to) p.set('to', route.to);
  if (route.sort) p.set('sort', route.sort);
  if (route.page) p.set('page', String(route.page));
  return p.size > 0 ? `?${p}` : '';
}

function fromQueryString(search: string): Route {
  const p = new URLSearchParams(search);
  const day = (v: string | null) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);
  const page = Number(p.get('page'));
  const sort = p.get('sort');
  const route: Route = {};
  if (p.get('q')) route.q = p.get('q')!;
  if (p.getAll('source').length) route.source = p.getAll('source');
  if (p.getAll('year').length) route.year = p.getAll('year').filter((y) => /^\d{4}$/.test(y));
  const from = day(p.get('from'));
  const to = day(p.get('to'));
  if (from) route.from = from;
  if (to) route.to = to;
  if (sort === 'newest' || sort === 'oldest') route.sort = sort;
  if (Number.isInteger(page) && page > 1) route.page = page;
  return route;
}

start().catch(() => {
  document.getElementById('error')!.hidden = false;
});
