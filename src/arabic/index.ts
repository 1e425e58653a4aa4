export { analyzeArabic, type Token } from './analyze.js';
