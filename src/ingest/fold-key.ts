import { analyzeArabic } from '../arabic/index.js';

/** Spelling-insensitive key for lookup tables (outlets, places): the shared analysis' exact forms, joined. */
export function foldKey(text: string, separator = ''): string {
  return analyzeArabic(text).map((t) => t.exact).join(separator);
}
