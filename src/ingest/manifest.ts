import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ManifestRow {
  source?: string;
  date?: string;
}

/** `manifest.tsv` in the corpus folder: a header with `id`, `source`, `date` (more columns ignored). */
export function readManifest(corpusDir: string): Map<string, ManifestRow> {
  const file = join(corpusDir, 'manifest.tsv');
  const rows = new Map<string, ManifestRow>();
  if (!existsSync(file)) return rows;
  const [header, ...lines] = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  const columns = (header ?? '').split('\t').map((c) => c.trim().toLowerCase());
  const at = (name: string) => columns.indexOf(name);
  const [idCol, sourceCol, dateCol] = [at('id'), at('source'), at('date')];
  if (idCol < 0) throw new Error(`${file}: the header has no "id" column`);
  for (const line of lines) {
    if (line.trim() === '') continue;
    const cells = line.split('\t');
    const id = cells[idCol]?.trim();
    if (!id) continue;
    const source = sourceCol >= 0 ? cells[sourceCol]?.trim() : undefined;
    const date = dateCol >= 0 ? cells[dateCol]?.trim() : undefined;
    rows.set(id, {
      ...(source ? { source } : {}),
      ...(date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? { date } : {}),
    });
  }
  return rows;
}
