// The evaluation and benchmark corpus: the 10,100 shared articles plus the seeds, as one folder of links
// with one manifest (ids = file names), built in a scratch folder.
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readManifest } from '../../src/ingest/manifest.js';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const SHARED = resolve(ROOT, '../shared');

export function buildSharedCorpus(scratch: string, name = 'corpus'): string {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  const manifest = ['id\tsource\tdate'];
  for (const [folder, manifestFile] of [
    [join(SHARED, 'corpus/articles'), join(SHARED, 'corpus/manifest.tsv')],
    [join(ROOT, 'corpus'), join(ROOT, 'corpus/manifest.tsv')],
  ] as const) {
    for (const file of readdirSync(folder)) if (file.endsWith('.txt')) symlinkSync(join(folder, file), join(dir, file));
    for (const [id, row] of readManifest(dirname(manifestFile))) manifest.push(`${id}\t${row.source ?? ''}\t${row.date ?? ''}`);
  }
  // The outlets and dates as ingestion gets them in production: from the corpus manifests.
  writeFileSync(join(dir, 'manifest.tsv'), manifest.join('\n') + '\n');
  return dir;
}
