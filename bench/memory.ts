/**
 * `npm run bench:memory`: does the Node pipeline let go of the pages it has read?
 *
 * Reads Mozilla's 128-page corpus several times over through `readPage` (what `npm run read` does for each
 * file) and prints the heap after a full garbage collection at the end of each round. A flat line means
 * nothing piles up, however many files one `npm run read` call is given; a leak shows as growth per round.
 * Run with `node --expose-gc` (the npm script does).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from '../src/node/shared-data';
import { readPage } from '../src/node/read-page';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error('bench:memory needs node --expose-gc (run it through `npm run bench:memory`).');
  process.exit(1);
}

const CORPUS = sharedPath('corpus/readability-0.6.0');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const pages = readdirSync(CORPUS).sort();
const heapMB = () => {
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

const before = heapMB();
console.log(`heap before reading: ${before.toFixed(0)} MB`);
for (let round = 1; round <= ROUNDS; round++) {
  for (const page of pages) {
    await readPage(readFileSync(join(CORPUS, page, 'source.html'), 'utf8'), 'http://fakehost/test/page.html');
  }
  // Let jsdom's WeakRef-held objects go: they are only released between event-loop jobs.
  await new Promise((resolve) => setTimeout(resolve, 10));
  console.log(`after round ${round} (${round * pages.length} pages read): ${heapMB().toFixed(0)} MB`);
}
