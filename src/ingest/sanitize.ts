import { decodeHTML } from 'entities';

// Zero-width characters, bidi embeddings/isolates/marks, BOM, soft hyphen, and C0/C1 controls except \n and \t.
const INVISIBLE = /[\u200B-\u200D\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t]+/g;

/**
 * Page text to clean lines: HTML entities decoded (also legacy ones without ";" such as &nbsp),
 * invisible and control characters removed, every kind of space made one space, lines trimmed.
 * Blank lines are dropped: paragraphs are lines.
 */
export function sanitizeLines(text: string): string[] {
  const decoded = decodeHTML(text.replace(/\r\n?/g, '\n'));
  return decoded
    .replace(INVISIBLE, '')
    .split('\n')
    .map((line) => line.replace(SPACES, ' ').replace(/ {2,}/g, ' ').trim())
    .filter((line) => line.length > 0);
}
