import type { Meilisearch } from 'meilisearch';
import type { ArticleDocument } from '../search/document.js';
import { waitForTask } from '../search/admin.js';
import { engineCall } from '../search/engine.js';
import { groupStories, type StoryAssignment } from './stories.js';

type StoryFields = Pick<ArticleDocument, 'id' | 'source' | 'date' | 'title_terms' | 'body_terms' | 'story' | 'also_reported_by'>;

export interface StoryReport {
  /** Stories of two or more articles, and the articles in them. */
  stories: number;
  grouped: number;
  /** Articles whose story or "also reported by" changed in this run. */
  updated: number;
  /** Time the pass took: reading the index, grouping, writing the changes. */
  durationMs: number;
}

/** Stories need every article, also the ones this run did not touch: they are read back from the index. */
async function readStoryFields(client: Meilisearch, indexUid: string): Promise<StoryFields[]> {
  const docs: StoryFields[] = [];
  const index = client.index<StoryFields>(indexUid);
  const fields = ['id', 'source', 'date', 'title_terms', 'body_terms', 'story', 'also_reported_by'] as const;
  for (let offset = 0; ; offset += 1000) {
    const page = await engineCall(() => index.getDocuments({ fields: [...fields], limit: 1000, offset }));
    docs.push(...page.results);
    if (page.results.length < 1000) return docs;
  }
}

// An article without the fields is its own story: only grouped articles (and ones leaving a group) are
// written, not the whole index. Meilisearch's distinct keeps every document that lacks the attribute.
const sameStory = (doc: StoryFields, assigned: StoryAssignment) =>
  (doc.story ?? doc.id) === assigned.story && JSON.stringify(doc.also_reported_by ?? []) === JSON.stringify(assigned.alsoReportedBy);

/**
 * Groups the whole index (every node of a sharded one) into stories and writes `story` and
 * `also_reported_by` where they changed, as partial updates on the node holding each article.
 */
export async function assignStories(clients: readonly Meilisearch[], indexUid: string): Promise<StoryReport> {
  const started = performance.now();
  const perNode = await Promise.all(clients.map((client) => readStoryFields(client, indexUid)));
  const all = perNode.flat();
  const stories = groupStories(all.map((doc) => ({ id: doc.id, source: doc.source, date: doc.date, termCounts: [doc.title_terms ?? '', doc.body_terms ?? ''] })));
  let updated = 0;
  for (const [node, docs] of perNode.entries()) {
    const changes = docs.flatMap((doc) => {
      const assigned = stories.get(doc.id)!;
      return sameStory(doc, assigned) ? [] : [{ id: doc.id, story: assigned.story, also_reported_by: assigned.alsoReportedBy }];
    });
    for (let i = 0; i < changes.length; i += 1000) {
      const task = await engineCall(() => clients[node]!.index(indexUid).updateDocuments(changes.slice(i, i + 1000), { primaryKey: 'id' }));
      await waitForTask(clients[node]!, task.taskUid);
    }
    updated += changes.length;
  }
  const sizes = new Map<string, number>();
  for (const { story } of stories.values()) sizes.set(story, (sizes.get(story) ?? 0) + 1);
  const multi = [...sizes.values()].filter((n) => n > 1);
  return { stories: multi.length, grouped: multi.reduce((sum, n) => sum + n, 0), updated, durationMs: Math.round(performance.now() - started) };
}
