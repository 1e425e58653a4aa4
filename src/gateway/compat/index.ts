export { compatRouter } from './router.js';
