/** Command-line arguments of `npm run read`. */

export type Format = 'text' | 'markdown';

export interface CliArgs {
  inputs: string[];
  format: Format;
  json: boolean;
  force: boolean;
  help: boolean;
}

export const USAGE = `Usage: npm run read -- <file.html | http(s)://URL> [more inputs] [options]

Reads each page the way Lede's reader does and prints the article alone:
title, byline, site, date, reading time, key points, then the article text.

Options:
  --text       the article as wrapped plain text (default)
  --markdown   the article as Markdown
  --json       one JSON object per input and line: the article and its key points,
               or {"input", "error"} for an input that failed
  --force      return an article even for pages that do not look like one
  --help       this text

Exit code: 0 when every input gave an article, 1 when any failed, 2 on bad usage.
URLs are fetched once (15 s timeout); the extension itself never fetches pages.`;

/** Parses argv (without node and script). Throws an Error with a one-line message on bad usage. */
export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { inputs: [], format: 'text', json: false, force: false, help: false };
  for (const arg of argv) {
    if (arg === '--') continue;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else if (arg === '--markdown' || arg === '--md') args.format = 'markdown';
    else if (arg === '--text') args.format = 'text';
    else if (arg === '--json') args.json = true;
    else if (arg === '--force') args.force = true;
    else if (arg.startsWith('-') && arg !== '-') throw new Error(`unknown option ${arg} (see --help)`);
    else args.inputs.push(arg);
  }
  if (!args.help && args.inputs.length === 0) throw new Error('no input given (see --help)');
  return args;
}
