import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';
import { repoPath, sharedPath } from '../node/shared-data';

const run = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)('npx', ['tsx', repoPath('src/cli/read.ts'), ...args], { cwd: repoPath() });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};

describe('parseArgs', () => {
  it('reads inputs and flags', () => {
    expect(parseArgs(['--', 'a.html', '--markdown', '--json', 'b.html', '--force'])).toEqual({
      inputs: ['a.html', 'b.html'], format: 'markdown', json: true, force: true, help: false,
    });
    expect(() => parseArgs([])).toThrow(/no input/);
    expect(() => parseArgs(['--nope', 'a'])).toThrow(/unknown option/);
  });
});

describe('read CLI', () => {
  it('prints one JSON line per input, errors included, and fails when one failed', async () => {
    const { code, stdout, stderr } = await run(sharedPath('pages/putin-kim-summit.html'), 'missing.html', 'package.json', '--json');
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(lines[0].title).toMatch(/^Here’s what you need to know/);
    expect(lines[0].keyPoints.length).toBeGreaterThan(0);
    expect(lines[1]).toEqual({ input: 'missing.html', error: 'no such file' });
    expect(lines[2]).toEqual({ input: 'package.json', error: 'not an HTML page' });
    expect(stderr.trim().split('\n')).toHaveLength(2);
    expect(code).toBe(1);
  });

  it('prints readable text with the title once, and Markdown on request', async () => {
    const text = await run(sharedPath('pages/putin-kim-summit.html'));
    expect(text.code).toBe(0);
    expect(text.stdout.split('what you need to know').length - 1).toBe(1);
    expect(text.stdout).toContain('2023-09-13');
    const md = await run(sharedPath('pages/putin-kim-summit.html'), '--markdown');
    expect(md.stdout).toMatch(/^# Here’s what/);
    expect(md.stdout).toContain('**Kim signaled support for Russia’s invasion:**');
  });
});
