/**
 * `npm run read -- <file.html | URL> [more] [--markdown | --text] [--json] [--force]`
 * Runs Lede's reader pipeline in Node and prints each article. One input failing does not stop the rest;
 * the exit code says whether any failed.
 */
import { JSDOM } from 'jsdom';
import { readPage } from '../node/read-page';
import { parseArgs, USAGE } from './args';
import type { CliArgs } from './args';
import { loadInput } from './load-input';
import { renderArticle } from './render';

const NO_ARTICLE: Record<string, string> = {
  'nothing-found': 'no article found on the page (try --force)',
  'too-little-text': 'too little text for an article (try --force)',
  'error-page': 'the site\'s error page ("Page not found"), no article (try --force)',
};

async function readOne(input: string, args: CliArgs, width: number): Promise<string> {
  const page = await loadInput(input);
  const { result, keyPoints } = await readPage(page.html, page.url, { force: args.force });
  if (result.kind !== 'article') throw new Error(NO_ARTICLE[result.reason] ?? result.reason);
  const { article } = result;
  if (args.json) return JSON.stringify({ input, ...article, keyPoints: keyPoints ?? [] });
  const root = JSDOM.fragment(`<div>${article.content}</div>`).firstElementChild;
  if (!root) throw new Error('empty article');
  return renderArticle(article, keyPoints, root, args.format, width);
}

async function main(argv: string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`read: ${(error as Error).message}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const width = Math.min(Math.max((process.stdout.columns ?? 80) - 2, 40), 100);
  let failed = 0;
  for (const [index, input] of args.inputs.entries()) {
    try {
      const text = await readOne(input, args, width);
      if (!args.json && index > 0) process.stdout.write(`\n${'═'.repeat(width)}\n\n`);
      process.stdout.write(`${text}\n`);
    } catch (error) {
      failed++;
      const message = (error as Error).message.split('\n')[0] ?? 'failed';
      process.stderr.write(`read: ${input}: ${message}\n`);
      if (args.json) process.stdout.write(`${JSON.stringify({ input, error: message })}\n`);
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
