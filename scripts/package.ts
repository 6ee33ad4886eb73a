/**
 * `npm run package`: the two store-ready archives, from fresh production builds.
 *   packages/lede-chrome-<version>.zip   ← dist/          (Chrome Web Store)
 *   packages/lede-firefox-<version>.xpi  ← dist-firefox/  (addons.mozilla.org, or install from file)
 * Both are zipped by web-ext (a devDependency), so no system `zip` is needed. web-ext leaves out files a
 * package should not carry (dotfiles, node_modules, *.xpi/*.zip).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'packages');
const webExt = join(root, 'node_modules', '.bin', 'web-ext');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

const run = (command: string, args: string[]) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

run('npm', ['run', '--silent', 'build']);
run('npm', ['run', '--silent', 'build:firefox']);
run('npm', ['run', '--silent', 'lint:firefox']);

const archives = [
  { dir: 'dist', file: `lede-chrome-${version}.zip` },
  { dir: 'dist-firefox', file: `lede-firefox-${version}.xpi` },
];
for (const { dir, file } of archives) {
  execFileSync(
    webExt,
    ['build', '--source-dir', dir, '--artifacts-dir', out, '--filename', file, '--overwrite-dest'],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const size = statSync(join(out, file)).size;
  console.log(`packages/${file}  ${(size / 1024).toFixed(1)} kB  (from ${dir}/)`);
}
