/**
 * Evaluate Lede's key points against human highlights with ROUGE-1/2/Lsum F1, next to the Lead-3 baseline.
 *   npm run eval:keypoints                       # dev set, table for all + even/odd halves (the tuning split)
 *   npm run eval:keypoints -- <file.jsonl> --json
 * Input: one JSON per line {id, article, highlights: string[]}.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { pickKeyPoints } from '../src/core/key-points/index';
import { loadStopwords } from '../src/core/stopwords';
import { rouge, type RougeScores } from '../src/core/rouge';
import { splitSentences } from '../src/core/text/sentences';

interface Example { id: string; article: string; highlights: string[] }
type Row = { r1: number; r2: number; rl: number };

const here = dirname(fileURLToPath(import.meta.url));
const DEFAULT_FILE = resolve(here, '../../shared/corpus/keypoints-dev.jsonl');

export function loadExamples(file: string): Example[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Example);
}

export function ledeSentences(article: string, stopwords: ReadonlySet<string>, count = 3): string[] {
  const blocks = [{ kind: 'paragraph' as const, text: article, leadInLength: 0 }];
  return pickKeyPoints({ title: '', lang: 'en', blocks }, { count, stopwords }).map((k) => k.text);
}

export function lead3(article: string): string[] {
  return splitSentences(article, 'en').slice(0, 3).map((s) => s.text);
}

function toRow(s: RougeScores): Row {
  return { r1: s.rouge1.f1, r2: s.rouge2.f1, rl: s.rougeLsum.f1 };
}

function mean(rows: Row[]): Row {
  const n = rows.length || 1;
  const sum = rows.reduce((a, r) => ({ r1: a.r1 + r.r1, r2: a.r2 + r.r2, rl: a.rl + r.rl }), { r1: 0, r2: 0, rl: 0 });
  return { r1: (100 * sum.r1) / n, r2: (100 * sum.r2) / n, rl: (100 * sum.rl) / n };
}

export interface EvalResult { n: number; lede: Row; lead3: Row }

export function evaluate(examples: Example[], stopwords: ReadonlySet<string>): EvalResult {
  const lede: Row[] = [];
  const base: Row[] = [];
  for (const ex of examples) {
    lede.push(toRow(rouge(ledeSentences(ex.article, stopwords), ex.highlights)));
    base.push(toRow(rouge(lead3(ex.article), ex.highlights)));
  }
  return { n: examples.length, lede: mean(lede), lead3: mean(base) };
}

function table(name: string, r: EvalResult): string {
  const f = (x: number) => x.toFixed(2).padStart(7);
  const d = (x: number) => ((x >= 0 ? '+' : '') + x.toFixed(2)).padStart(7);
  const lines = [`${name} (n=${r.n})`, '  metric        Lede  Lead-3      Δ'];
  for (const [label, key] of [['ROUGE-1   ', 'r1'], ['ROUGE-2   ', 'r2'], ['ROUGE-Lsum', 'rl']] as const) {
    lines.push(`  ${label} ${f(r.lede[key])} ${f(r.lead3[key])} ${d(r.lede[key] - r.lead3[key])}`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const file = args.find((a) => !a.startsWith('--')) ?? DEFAULT_FILE;
  const examples = loadExamples(file);
  const stop = await loadStopwords('en');
  const all = evaluate(examples, stop);
  const even = evaluate(examples.filter((_, i) => i % 2 === 0), stop);
  const odd = evaluate(examples.filter((_, i) => i % 2 === 1), stop);
  if (json) {
    const named = (r: Row) => ({ rouge1: r.r1, rouge2: r.r2, rougeLsum: r.rl });
    const out = (r: EvalResult) => ({
      n: r.n,
      lede: named(r.lede),
      lead3: named(r.lead3),
      delta: named({ r1: r.lede.r1 - r.lead3.r1, r2: r.lede.r2 - r.lead3.r2, rl: r.lede.rl - r.lead3.rl }),
    });
    console.log(JSON.stringify({ file, ...out(all), halves: { evenLines: out(even), oddLines: out(odd) } }, null, 2));
    return;
  }
  console.log(table(`All ${file}`, all));
  console.log(table('Tuning half (even lines)', even));
  console.log(table('Check half (odd lines)', odd));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
