import type { Meilisearch, Task } from 'meilisearch';
import { engineCall, engineErrorCode } from './engine.js';
import { INDEX_SETTINGS } from './settings.js';

const TASK_TIMEOUT_MS = 10 * 60_000;

/** Waits for an engine task and fails loudly unless it succeeded: a 202 is not a success. */
export async function waitForTask(client: Meilisearch, taskUid: number): Promise<Task> {
  const task = await engineCall(() => client.tasks.waitForTask(taskUid, { timeout: TASK_TIMEOUT_MS, interval: 50 }));
  if (task.status !== 'succeeded') {
    throw new Error(`Meilisearch task ${taskUid} (${task.type}) ${task.status}: ${task.error?.message ?? 'no detail'}`);
  }
  return task;
}

export async function indexExists(client: Meilisearch, indexUid: string): Promise<boolean> {
  try {
    await client.getIndex(indexUid);
    return true;
  } catch (error) {
    if (engineErrorCode(error) === 'index_not_found') return false;
    throw error;
  }
}

/** Creates the index if needed and applies the settings (idempotent). */
export async function prepareIndex(client: Meilisearch, indexUid: string): Promise<void> {
  if (!(await engineCall(() => indexExists(client, indexUid)))) {
    const task = await engineCall(() => client.createIndex(indexUid, { primaryKey: 'id' }));
    await waitForTask(client, task.taskUid);
  }
  const task = await engineCall(() => client.index(indexUid).updateSettings(INDEX_SETTINGS));
  await waitForTask(client, task.taskUid);
}
