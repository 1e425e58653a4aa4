export { createApp, type AppDeps } from './app.js';
export { startServer } from './server.js';
