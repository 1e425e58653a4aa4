// Bundles the search page (web/) into public/build/ with esbuild; `npm start` and `npm test` run it first.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function buildWeb(): Promise<void> {
  await build({
    entryPoints: [`${root}web/main.ts`],
    outfile: `${root}public/build/app.js`,
    bundle: true,
    format: 'esm',
    target: ['es2022'],
    minify: true,
    sourcemap: true,
    legalComments: 'linked',
    logLevel: 'warning',
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildWeb();
