/**
 * `npm run lint:firefox`: Mozilla's add-on linter (`web-ext lint`, offline) on the Firefox build. Fails on
 * any error, and on any warning that README → Firefox does not explain: a new kind of warning has to be
 * fixed or explained there before it can pass.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const sourceDir = process.argv[2] ?? 'dist-firefox';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/**
 * The warnings README → Firefox explains. All are `innerHTML` writes inside bundled libraries or inert
 * documents: Preact's renderer (dangerouslySetInnerHTML, used for the DOMPurify-sanitized article),
 * DOMPurify's own parser, Readability (in both content scripts), and the reader's <noscript> image fallback
 * parsed in an inert <template>.
 */
const EXPLAINED: { code: string; file: RegExp }[] = [
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^(assets\/[\w.-]+\.js|content-scripts\/(reader|first-read|detect)\.js)$/ },
];

const result = spawnSync(join(root, 'node_modules', '.bin', 'web-ext'), ['lint', '--source-dir', sourceDir, '--output', 'json'], {
  cwd: root,
  encoding: 'utf8',
});
let report: LintReport;
try {
  report = JSON.parse(result.stdout) as LintReport;
} catch {
  console.error(result.stdout, result.stderr);
  throw new Error('web-ext lint did not produce a report');
}

const where = (m: LintMessage) => `${m.file ?? '?'}${m.line ? `:${m.line}:${m.column ?? 0}` : ''}`;
const unexplained = report.warnings.filter((w) => !EXPLAINED.some((e) => e.code === w.code && e.file.test(w.file ?? '')));
const { errors, warnings, notices } = report.summary;
console.log(`web-ext lint ${sourceDir}: ${errors} errors, ${warnings} warnings, ${notices} notices`);
for (const m of report.errors) console.log(`  ERROR    ${m.code}  ${where(m)}  ${m.message}`);
for (const m of report.warnings) {
  const note = unexplained.includes(m) ? 'NOT EXPLAINED' : 'explained in README → Firefox';
  console.log(`  warning  ${m.code}  ${where(m)}  (${note})`);
}
for (const m of report.notices) console.log(`  notice   ${m.code}  ${where(m)}  ${m.message}`);
if (errors > 0 || unexplained.length > 0) {
  console.error('Firefox lint failed: fix the errors, and fix or explain (README + EXPLAINED here) every new warning.');
  process.exit(1);
}
