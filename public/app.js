// The plain search page: state lives in the URL so a search can be shared; results are built with
// DOM nodes and only the server's <mark> tags are inserted as markup (the server escapes the rest).
const $ = (id) => document.getElementById(id);
const state = readUrl();
let timer = null;
let requestSeq = 0;

function readUrl() {
  const p = new URLSearchParams(location.search);
  return {
    q: p.get('q') ?? '',
    sources: p.getAll('source'),
    years: p.getAll('year'),
    from: p.get('from') ?? '',
    to: p.get('to') ?? '',
    sort: p.get('sort') ?? 'relevance',
    page: Number(p.get('page') ?? '1') || 1,
  };
}

function writeUrl() {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  for (const s of state.sources) p.append('source', s);
  for (const y of state.years) p.append('year', y);
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (state.sort !== 'relevance') p.set('sort', state.sort);
  if (state.page > 1) p.set('page', String(state.page));
  history.replaceState(null, '', p.size ? `?${p}` : location.pathname);
}

function apiParams() {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  for (const s of state.sources) p.append('source', s);
  // A ticked year is a date range; with several years, the span from the first to the last.
  let from = state.from;
  let to = state.to;
  if (state.years.length) {
    const ys = state.years.map(Number).sort();
    from = from || `${ys[0]}-01-01`;
    to = to || `${ys[ys.length - 1]}-12-31`;
  }
  if (from) p.set('from', from);
  if (to) p.set('to', to);
  p.set('sort', state.sort);
  p.set('page', String(state.page));
  p.set('hitsPerPage', '10');
  return p;
}

function markup(html) {
  // The API escapes everything but <mark>; parse it into nodes without executing anything.
  const template = document.createElement('template');
  template.innerHTML = html;
  for (const el of template.content.querySelectorAll('*')) if (el.tagName !== 'MARK') el.replaceWith(el.textContent);
  return template.content;
}

async function run() {
  writeUrl();
  const seq = ++requestSeq;
  $('status').className = '';
  $('status').textContent = 'جارٍ البحث…';
  try {
    const response = await fetch(`/api/search?${apiParams()}`);
    const body = await response.json();
    if (seq !== requestSeq) return;
    if (!response.ok) throw new Error(body?.error?.message ?? `HTTP ${response.status}`);
    render(body);
  } catch (error) {
    if (seq !== requestSeq) return;
    $('status').className = 'error';
    $('status').textContent = `تعذّر البحث الآن: ${error.message}`;
    $('hits').replaceChildren();
    $('pagination').replaceChildren();
  }
}

function facetList(element, counts, selected, onToggle) {
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  for (const value of selected) if (!(value in counts)) entries.push([value, 0]);
  element.replaceChildren(
    ...entries.map(([value, count]) => {
      const li = document.createElement('li');
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.checked = selected.includes(value);
      box.addEventListener('change', () => onToggle(value, box.checked));
      const name = document.createElement('bdi');
      name.textContent = value;
      const n = document.createElement('span');
      n.className = 'count';
      n.textContent = count.toLocaleString('ar');
      label.append(box, name, n);
      li.append(label);
      return li;
    }),
  );
}

function toggle(list, value, on) {
  const i = list.indexOf(value);
  if (on && i < 0) list.push(value);
  if (!on && i >= 0) list.splice(i, 1);
  state.page = 1;
  run();
}

function render(body) {
  $('status').textContent = body.totalHits === 0
    ? (state.q ? `لا نتائج لـ «${state.q}». جرّب كلمات أخرى أو أزل التصفية.` : 'لا توجد مقالات.')
    : `${body.totalHits.toLocaleString('ar')} نتيجة`;
  facetList($('facet-source'), body.facets.source, state.sources, (v, on) => toggle(state.sources, v, on));
  facetList($('facet-year'), body.facets.year, state.years, (v, on) => toggle(state.years, v, on));
  $('hits').replaceChildren(
    ...body.hits.map((hit) => {
      const li = document.createElement('li');
      const h3 = document.createElement('h3');
      const a = document.createElement('a');
      a.href = `/api/articles/${encodeURIComponent(hit.id)}`;
      a.append(markup(hit.titleHighlighted));
      h3.append(a);
      const meta = document.createElement('div');
      meta.className = 'meta';
      for (const text of [hit.source, hit.date]) {
        if (!text) continue;
        const b = document.createElement('bdi');
        b.textContent = text;
        meta.append(b);
      }
      const p = document.createElement('p');
      p.append(markup(hit.snippet));
      li.append(h3, meta, p);
      return li;
    }),
  );
  const pages = Math.min(body.totalPages, 100);
  const nav = [];
  for (let page = Math.max(1, state.page - 4); page <= Math.min(pages, state.page + 4); page++) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = page.toLocaleString('ar');
    if (page === state.page) button.setAttribute('aria-current', 'page');
    button.addEventListener('click', () => { state.page = page; run(); window.scrollTo(0, 0); });
    nav.push(button);
  }
  $('pagination').replaceChildren(...(pages > 1 ? nav : []));
}

$('q').value = state.q;
$('sort').value = state.sort;
$('from').value = state.from;
$('to').value = state.to;
$('q').addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => { state.q = $('q').value.trim(); state.page = 1; run(); }, 200);
});
$('search-form').addEventListener('submit', (e) => { e.preventDefault(); state.q = $('q').value.trim(); state.page = 1; run(); });
$('sort').addEventListener('change', () => { state.sort = $('sort').value; state.page = 1; run(); });
for (const id of ['from', 'to']) $(id).addEventListener('change', () => { state[id] = $(id).value; state.page = 1; run(); });
$('clear').addEventListener('click', () => {
  Object.assign(state, { sources: [], years: [], from: '', to: '', page: 1 });
  $('from').value = '';
  $('to').value = '';
  run();
});
run();
