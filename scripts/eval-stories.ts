// `npm run eval:stories [-- --out FILE]`: story grouping (src/ingest/stories.ts) over the 10,105 shared
// articles and the seeds, cleaned as ingestion cleans them. Prints how many cross-outlet pairs reach the
// threshold, where the seeds 000/001 pair ranks, and the stories formed; writes every pair (rank, score,
// both articles' id, outlet, date, title, lead) as TSV for reading. test/fixtures/stories/judged.tsv holds
// a judged sample of them. A development tool, not a test.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cleanArticle, toDocument } from '../src/ingest/document.js';
import { readManifest } from '../src/ingest/manifest.js';
import { SourceCanonicalizer } from '../src/ingest/sources.js';
import { groupStories, storyPairs, STORY_THRESHOLD, type StoryInput } from '../src/ingest/stories.js';

const root = new URL('..', import.meta.url).pathname;
const { values: args } = parseArgs({ options: { out: { type: 'string', default: '/tmp/story-pairs.tsv' } } });
const sources = new SourceCanonicalizer();
const inputs: StoryInput[] = [];
const shown: { title: string; lead: string }[] = [];
for (const [dir, manifestDir] of [[join(root, '../shared/corpus/articles'), join(root, '../shared/corpus')], [join(root, 'corpus'), join(root, 'corpus')]] as const) {
  const manifest = readManifest(manifestDir);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const id = file.replace(/\.txt$/, '');
    const article = cleanArticle({ id, text: readFileSync(join(dir, file), 'utf8'), manifest: manifest.get(id), sources });
    const doc = toDocument(article, '');
    inputs.push({ id, source: article.source, date: article.date, termCounts: [doc.title_terms, doc.body_terms] });
    shown.push({ title: article.title, lead: article.body.split('\n')[0]!.slice(0, 300) });
  }
}
const started = performance.now();
const stories = groupStories(inputs);
const groupMs = performance.now() - started;
const pairs = storyPairs(inputs);
const seeds = ['000_4314f0f1b7597100', '001_bf99efbfbe9b4f54'].join();
const seedRank = pairs.findIndex((p) => [inputs[p.a]!.id, inputs[p.b]!.id].sort().join() === seeds);
const sizes = new Map<string, number>();
for (const { story } of stories.values()) sizes.set(story, (sizes.get(story) ?? 0) + 1);
const multi = [...sizes.values()].filter((n) => n > 1);
console.log(`${inputs.length} articles; ${pairs.length} cross-outlet pairs within a day at cosine ≥ ${STORY_THRESHOLD}`);
console.log(`seeds 000/001: ${seedRank >= 0 ? `rank ${seedRank + 1}, cosine ${pairs[seedRank]!.score.toFixed(3)}` : 'not a pair'}; same story: ${stories.get('000_4314f0f1b7597100')?.story === stories.get('001_bf99efbfbe9b4f54')?.story}`);
console.log(`${multi.length} stories of 2+ articles (${multi.reduce((a, b) => a + b, 0)} articles, largest ${Math.max(0, ...multi)}); grouping took ${(groupMs / 1000).toFixed(1)} s`);
const line = (i: number) => [inputs[i]!.id, inputs[i]!.source, inputs[i]!.date, shown[i]!.title, shown[i]!.lead];
writeFileSync(args.out!, pairs.map((p, rank) => [rank + 1, p.score.toFixed(3), ...line(p.a), ...line(p.b)].join('\t')).join('\n') + '\n');
console.log(`pairs written to ${args.out}`);
