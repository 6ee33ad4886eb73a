/**
 * Key-point engine benchmark (prints figures, asserts nothing): time per dev-set article (median, p95) and for
 * articles 10× and 100× the typical length, built by concatenating dev articles, to show how cost grows.
 *   npm run bench:keypoints
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { pickKeyPoints } from '../src/core/key-points/index';
import type { KeyPointInput } from '../src/core/key-points/types';
import { loadStopwords } from '../src/core/stopwords';

const here = dirname(fileURLToPath(import.meta.url));
const FILE = resolve(here, '../../shared/corpus/keypoints-dev.jsonl');

const articles = readFileSync(FILE, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { article: string }).article);

const input = (text: string): KeyPointInput => ({
  title: '',
  lang: 'en',
  blocks: [{ kind: 'paragraph', text, leadInLength: 0 }],
});

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

function time(fn: () => void, repeat: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

async function main(): Promise<void> {
  const stopwords = await loadStopwords('en');
  const run = (text: string) => () => { pickKeyPoints(input(text), { count: 'auto', stopwords }); };
  // Warm up JIT and ICU segmenter caches.
  for (const a of articles.slice(0, 20)) run(a)();

  const perArticle = articles.flatMap((a) => time(run(a), 3).sort((x, y) => x - y).slice(0, 1)).sort((x, y) => x - y);
  const typicalChars = quantile(articles.map((a) => a.length).sort((x, y) => x - y), 0.5);
  const rows: Array<[string, number, number, number]> = [];
  rows.push(['dev set, per article', typicalChars, quantile(perArticle, 0.5), quantile(perArticle, 0.95)]);
  for (const factor of [10, 100]) {
    let text = '';
    for (let i = 0; text.length < typicalChars * factor; i++) text += (text ? '\n\n' : '') + articles[i % articles.length];
    const t = time(run(text), factor >= 100 ? 3 : 5).sort((x, y) => x - y);
    rows.push([`${factor}× typical length`, text.length, quantile(t, 0.5), quantile(t, 0.95)]);
  }
  console.log('case                       chars    median ms     p95 ms   ms per 1k chars');
  for (const [name, chars, med, p95] of rows) {
    console.log(
      `${name.padEnd(24)} ${String(chars).padStart(8)} ${med.toFixed(2).padStart(12)} ${p95.toFixed(2).padStart(10)}` +
        ` ${((1000 * med) / chars).toFixed(3).padStart(17)}`,
    );
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
