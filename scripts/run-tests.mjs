// Runs every test/**/*.test.ts with node's test runner and fails when no test ran at all
// (node exits 0 on an empty run, which would hide a broken glob).
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { globSync } from 'node:fs';
import process from 'node:process';

const files = globSync('test/**/*.test.ts').sort();
if (files.length === 0) {
  console.error('no test files found under test/');
  process.exit(1);
}
let passed = 0;
let failed = 0;
const stream = run({ files, concurrency: 1, execArgv: ['--import', 'tsx'], timeout: 10 * 60_000 });
stream.on('test:pass', (e) => { if (e.details?.type !== 'suite') passed++; });
stream.on('test:fail', (e) => { if (e.details?.type !== 'suite') failed++; });
stream.on('end', () => {
  if (passed + failed === 0) {
    console.error('no test ran');
    process.exitCode = 1;
  } else if (failed > 0) {
    process.exitCode = 1;
  }
});
stream.compose(spec).pipe(process.stdout);
