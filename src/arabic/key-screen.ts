// A screen in front of the analysis's Set and Map lookups, which run several times on every word: most
// words differ from every key in length, first or last letter, and this rejects them without hashing
// the string (analysis throughput, npm run bench -- --only analysis). Keys that pass still take the
// real lookup, so the screen can only save time, never change an answer.

const SLOTS = 1 << 17;

function slotOf(word: string): number {
  const length = word.length;
  return ((length & 0xf) << 13) | ((word.charCodeAt(0) & 0x7f) << 6) | (word.charCodeAt(length - 1) & 0x3f);
}

export interface KeyScreen {
  /** False when word is surely not a key; true when it may be one. */
  mayHold(word: string): boolean;
}

export function screenFor(keys: Iterable<string>): KeyScreen {
  const marked = new Uint8Array(SLOTS);
  for (const key of keys) if (key.length > 0) marked[slotOf(key)] = 1;
  return { mayHold: (word) => word.length > 0 && marked[slotOf(word)] === 1 };
}
