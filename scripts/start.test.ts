import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

describe('npm start without a display', () => {
  it('explains how to load Lede and exits cleanly', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, LEDE_SKIP_BUILD: '1' };
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    const run = spawnSync('npx', ['tsx', 'scripts/start.ts'], { cwd: root, env, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('No display found');
    expect(run.stdout).toContain('Load unpacked');
  });
});
