// scratch: story similarity exploration
import { readFileSync, readdirSync } from 'node:fs';
import { analyzeArabic } from '../src/arabic/index.js';
import { parsePage } from '../src/ingest/article.js';
const docs: { id: string; day: number; source: string; terms: Map<string, number> }[] = [];
const manifest = new Map<string, { source: string; date: string }>();
for (const line of readFileSync('../shared/corpus/manifest.tsv', 'utf8').split('\n').slice(1)) { const [id, source, date] = line.split('\t'); if (id) manifest.set(id, { source: source!, date: date! }); }
const add = (id: string, text: string, source: string, date: string) => {
  const page = parsePage(text);
  const lead = [...Array(Number(process.env.TW ?? 1)).fill(page.title), ...page.body.slice(0, Number(process.env.PARAS ?? 4))].join('\n');
  const terms = new Map<string, number>();
  for (const t of analyzeArabic(lead)) { if (t.stop || t.stem.length < 3 || /^\d+$/.test(t.stem)) continue; const s = t.cliticFree ?? t.stem; terms.set(s, (terms.get(s) ?? 0) + 1); }
  docs.push({ id, day: Date.parse(date) / 864e5, source, terms, title: page.title } as any);
};
for (const f of readdirSync('../shared/corpus/articles').sort()) { const id = f.replace('.txt', ''); const m = manifest.get(id)!; add(id, readFileSync('../shared/corpus/articles/' + f, 'utf8'), m.source, m.date); }
for (const f of readdirSync('corpus').filter((f) => f.endsWith('.txt'))) add(f.slice(0, 3), readFileSync('corpus/' + f, 'utf8'), 'seed' + f.slice(0, 3), '2016-03-15');
const df = new Map<string, number>();
for (const d of docs) for (const t of d.terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
const N = docs.length;
const idf = (t: string) => Math.log(N / (df.get(t) ?? 1));
const vecs = docs.map((d) => { const v = new Map<string, number>(); let norm = 0; for (const [t, tf] of d.terms) { const f = df.get(t)!; if (f < Number(process.env.MINDF ?? 2) || f > Number(process.env.MAXDF ?? 300)) continue; const w = (1 + Math.log(tf)) * idf(t); v.set(t, w); norm += w * w; } norm = Math.sqrt(norm) || 1; for (const [t, w] of v) v.set(t, w / norm); return v; });
const sigs = vecs;
const byTerm = new Map<string, number[]>();
vecs.forEach((v, i) => { for (const t of v.keys()) { const l = byTerm.get(t) ?? []; l.push(i); byTerm.set(t, l); } });
const pairs: [number, number, number][] = [];
const W = Number(process.env.DAYS ?? 1);
for (let i = 0; i < docs.length; i++) {
  const cand = new Map<number, number>();
  for (const [t, w] of vecs[i]!) for (const j of byTerm.get(t)!) if (j > i && Math.abs(docs[j]!.day - docs[i]!.day) <= W && (process.env.CROSS !== '1' || docs[j]!.source !== docs[i]!.source)) cand.set(j, (cand.get(j) ?? 0) + w * vecs[j]!.get(t)!);
  for (const [j, c] of cand) if (c > 0.05) pairs.push([i, j, c]);
}
pairs.sort((a, b) => b[2] - a[2]);
const seedRank = pairs.findIndex(([i, j]) => docs[i]!.id === '000' && docs[j]!.id === '001' || docs[i]!.id === '001' && docs[j]!.id === '000');
console.log('pairs', pairs.length, 'seed rank', seedRank, seedRank >= 0 ? pairs[seedRank]![2].toFixed(3) : '');
const show = Number(process.env.SHOW ?? 40);
const from = Number(process.env.FROM ?? 0);
for (const [i, j, s] of pairs.slice(from, from + show)) console.log(s.toFixed(3), docs[i]!.id, docs[j]!.id, docs[i]!.source === docs[j]!.source ? 'same-src' : '', '|', (docs[i] as any).title.slice(0, 60), '|', (docs[j] as any).title.slice(0, 60));
for (const id of ['000', '001']) { const i = docs.findIndex((d) => d.id === id); console.log(id, [...sigs[i]!].map(([t, w]) => `${t}:${w.toFixed(1)}`).join(' ')); }
