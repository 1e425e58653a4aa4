import { startEmbeddedEngine } from '../src/engine/embedded.js';
const e = await startEmbeddedEngine({ dataDir: '/tmp/meili-try' });
console.log(e.url, e.masterKey.length);
const h = { Authorization: `Bearer ${e.masterKey}`, 'Content-Type': 'application/json' };
await fetch(`${e.url}/indexes`, { method: 'POST', headers: h, body: JSON.stringify({ uid: 'x', primaryKey: 'id' }) });
const docs = Array.from({ length: 300 }, (_, i) => ({ id: i, body: 'كلمة نص طويل '.repeat(50) + i }));
const t = await (await fetch(`${e.url}/indexes/x/documents`, { method: 'POST', headers: h, body: JSON.stringify(docs) })).json();
await new Promise(r => setTimeout(r, 2000));
const times: number[] = [];
for (let i = 0; i < 30; i++) { const t0 = performance.now(); const r = await fetch(`${e.url}/indexes/x/search`, { method: 'POST', headers: h, body: JSON.stringify({ q: 'كلمة', limit: 20 }) }); await r.text(); times.push(performance.now() - t0); }
times.sort((a, b) => a - b); console.log('fetch p50', times[15]!.toFixed(1), 'max', times[29]!.toFixed(1));
await e.stop(); console.log('stopped');
