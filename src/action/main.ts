/**
 * The GitHub Action (`action.yml`), bundled to `bundle/action.js` by tools/bundle.mjs.
 *
 * It runs the bundled CLI next to it (`bundle/speclint.js`, the same engine and config
 * lookup as the editor) with `--format json`, then does what only makes sense in a pull
 * request: pick the files and lines the pull request changed, annotate within GitHub's
 * limits, write the job summary and the step outputs, and fail by the chosen level.
 *
 * Everything it needs is in the checkout: git (for the diff against the base commit) and
 * the event file GitHub writes. It makes no network request and needs no token, so it works
 * on pull requests from forks, whose token is read-only.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { GITHUB_ANNOTATIONS_PER_KIND, annotationCommand, escapeData } from '../cli/output/github-commands.js';

// ---- inputs -----------------------------------------------------------------------------

const FILTER_MODES = ['added', 'file', 'nofilter'] as const;
const FAIL_ON = ['error', 'warning', 'never'] as const;
type FilterMode = (typeof FILTER_MODES)[number];
type FailOn = (typeof FAIL_ON)[number];

/** GitHub passes input `fail-on` as INPUT_FAIL-ON (spaces become underscores, then upper case). */
function input(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = input(name) || fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ActionError(`input "${name}" is "${value}"; use one of ${allowed.join(', ')}`);
  }
  return value as T;
}

class ActionError extends Error {}

// ---- the CLI's JSON output (docs/cli.md) --------------------------------------------------

type Severity = 'error' | 'warning' | 'info';
interface JsonDiagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}
interface JsonFile {
  file: string;
  kind: string | null;
  kindReason: string | null;
  status: { sections: Record<string, 'present' | 'missing' | 'placeholder'> };
  diagnostics: JsonDiagnostic[];
}

// ---- git ----------------------------------------------------------------------------------

function git(cwd: string, args: string[]): { ok: boolean; out: string; err: string } {
  // safe.directory: in container jobs the checkout belongs to another user, and git refuses
  // to read it otherwise. Given on the command line, it is trusted configuration.
  const r = spawnSync('git', ['-c', `safe.directory=${cwd}`, '-c', 'core.quotePath=false', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (r.error) throw new ActionError(`cannot run git: ${r.error.message}`);
  return { ok: r.status === 0, out: r.stdout, err: r.stderr.trim() };
}

/** The commit the pull request (or push) is compared with, or undefined to lint everything. */
function baseCommit(event: any): { ref: string; what: string } | undefined {
  const pr = event?.pull_request;
  if (pr?.base?.sha) return { ref: pr.base.sha, what: `the base of pull request #${pr.number ?? '?'}` };
  if (process.env.GITHUB_BASE_REF) return { ref: `origin/${process.env.GITHUB_BASE_REF}`, what: `origin/${process.env.GITHUB_BASE_REF}` };
  const before = event?.before;
  if (typeof before === 'string' && /^[0-9a-f]{40}$/.test(before) && !/^0+$/.test(before)) {
    return { ref: before, what: 'the commit before this push' };
  }
  return undefined;
}

interface Changes {
  base: string;
  /** The markdown files added or modified (relative to the workspace, '/'-separated). */
  files: Set<string>;
}

const MARKDOWN = /\.(md|markdown)$/i;

function changesSince(cwd: string, base: { ref: string; what: string }): Changes {
  const hint = 'check out with `fetch-depth: 0` (actions/checkout) so the base commit is in the clone';
  if (!git(cwd, ['rev-parse', '--verify', '--quiet', `${base.ref}^{commit}`]).ok) {
    throw new ActionError(`${base.what} (${base.ref}) is not in the checkout; ${hint}`);
  }
  const mb = git(cwd, ['merge-base', base.ref, 'HEAD']);
  if (!mb.ok) throw new ActionError(`no common ancestor of ${base.ref} and HEAD; ${hint}`);
  const mergeBase = mb.out.trim();

  const files = new Set<string>();
  const status = git(cwd, ['diff', '--relative', '--name-status', '-z', '--no-renames', '--diff-filter=AM', mergeBase, 'HEAD']);
  if (!status.ok) throw new ActionError(`git diff failed: ${status.err}`);
  const fields = status.out.split('\0');
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const file = fields[i + 1]!;
    if (!MARKDOWN.test(file)) continue;
    files.add(file);
  }
  return { base: mergeBase, files };
}

// ---- output -------------------------------------------------------------------------------

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

interface Finding extends JsonDiagnostic {
  file: string;
}

/** Text for a markdown table cell. */
function cell(s: string): string {
  return s.replace(/[\r\n]+/g, ' ').replace(/([\\|*_`[\]<>#])/g, '\\$1');
}

function setOutputs(values: Record<string, string | number>): void {
  const file = process.env.GITHUB_OUTPUT;
  if (!file) return;
  let text = '';
  for (const [name, value] of Object.entries(values)) {
    const delimiter = `speclint_${randomBytes(8).toString('hex')}`;
    text += `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
  }
  appendFileSync(file, text);
}

interface Summary {
  findings: Finding[];
  annotated: Set<Finding>;
  results: JsonFile[];
  linted: number;
  scope: string;
  failOn: FailOn;
  failed: boolean;
}

function summaryMarkdown(s: Summary): string {
  const count = (sev: Severity) => s.findings.filter((f) => f.severity === sev).length;
  const [errors, warnings, infos] = [count('error'), count('warning'), count('info')];
  let md = `## SpecLint\n\n`;
  const verdict = s.failed ? '❌' : '✅';
  md += `${verdict} **${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info** in ${s.linted} file${s.linted === 1 ? '' : 's'} (${s.scope}; fails on: ${s.failOn}).\n\n`;

  if (s.findings.length) {
    const byRule = new Map<string, Record<Severity, number>>();
    for (const f of s.findings) {
      const row = byRule.get(f.ruleId) ?? { error: 0, warning: 0, info: 0 };
      row[f.severity]++;
      byRule.set(f.ruleId, row);
    }
    md += `### Problems by rule\n\n| rule | errors | warnings | info |\n| --- | ---: | ---: | ---: |\n`;
    for (const [rule, row] of [...byRule].sort((a, b) => a[0].localeCompare(b[0]))) {
      md += `| \`${rule}\` | ${row.error} | ${row.warning} | ${row.info} |\n`;
    }
    md += '\n';
  }

  const specs = s.results.filter((r) => r.kind && Object.keys(r.status.sections).length);
  if (specs.length) {
    md += `### Readiness of each spec\n\n| file | kind | sections | missing or placeholder |\n| --- | --- | ---: | --- |\n`;
    for (const r of specs) {
      const entries = Object.entries(r.status.sections);
      const present = entries.filter(([, st]) => st === 'present').length;
      const gaps = entries.filter(([, st]) => st !== 'present').map(([id, st]) => (st === 'placeholder' ? `${id} (placeholder)` : id));
      const kind = r.kindReason ? `${r.kind} (${r.kindReason})` : String(r.kind);
      md += `| ${cell(r.file)} | ${cell(kind)} | ${present}/${entries.length} | ${gaps.length ? cell(gaps.join(', ')) : 'none'} |\n`;
    }
    md += '\n';
  }

  const rest = s.findings.filter((f) => !s.annotated.has(f));
  if (rest.length) {
    md += `### Problems without an annotation\n\nGitHub shows at most ${GITHUB_ANNOTATIONS_PER_KIND} annotations of each kind per step; these ${rest.length} are the rest.\n\n`;
    md += `| where | severity | rule | message |\n| --- | --- | --- | --- |\n`;
    // The job summary is capped at 1 MiB; a thousand rows stay well under it.
    for (const f of rest.slice(0, 1000)) {
      md += `| ${cell(`${f.file}:${f.line}:${f.column}`)} | ${f.severity} | \`${f.ruleId}\` | ${cell(f.message)} |\n`;
    }
    if (rest.length > 1000) md += `\n…and ${rest.length - 1000} more: see the \`report\` output (the CLI's JSON).\n`;
    md += '\n';
  }
  return md;
}

// ---- main ---------------------------------------------------------------------------------

function main(): number {
  const workspace = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
  const filterMode = choice<FilterMode>('filter-mode', FILTER_MODES, 'added');
  const failOn = choice<FailOn>('fail-on', FAIL_ON, 'error');
  const patterns = input('files').split(/\r?\n/).map((p) => p.trim()).filter(Boolean);
  const config = input('config');

  let event: any;
  const eventPath = process.env.GITHUB_EVENT_PATH;
  if (eventPath && existsSync(eventPath)) {
    try {
      event = JSON.parse(readFileSync(eventPath, 'utf8'));
    } catch (e) {
      throw new ActionError(`cannot read the event file ${eventPath}: ${(e as Error).message}`);
    }
  }

  let changes: Changes | undefined;
  let scope = 'every file';
  if (filterMode !== 'nofilter') {
    const base = baseCommit(event);
    if (base) {
      changes = changesSince(workspace, base);
      scope = `${filterMode === 'added' ? 'lines' : 'files'} changed since ${changes.base.slice(0, 7)}`;
    } else {
      console.log('SpecLint: no pull request or push base in the event, so every file is linted.');
    }
  }

  // Which paths the CLI gets: with no `files` input, the changed markdown files themselves
  // (fast on a big docs folder); with `files`, those paths and globs (then cut to the changed).
  let args = patterns;
  if (changes && !patterns.length) args = [...changes.files];
  const report = path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'speclint-report.json');
  let results: JsonFile[] = [];
  if (!changes || changes.files.size) {
    const cli = path.join(__dirname, 'speclint.js');
    // filter-mode added: the CLI's --changed-since keeps what lies on changed lines, and a
    // missing section when the file is new or its outline changed, exactly as in a terminal.
    const since = changes && filterMode === 'added' ? ['--changed-since', changes.base] : [];
    const cliArgs = [cli, '--format', 'json', '--no-color', ...since, ...(config ? ['--config', config] : []), ...(args.length ? ['--', ...args] : [])];
    const r = spawnSync(process.execPath, cliArgs, { cwd: workspace, encoding: 'utf8', maxBuffer: 1 << 30 });
    if (r.error) throw new ActionError(`cannot run speclint: ${r.error.message}`);
    if (r.status !== 0 && r.status !== 1) {
      throw new ActionError(r.stderr.trim().replace(/^speclint: /, '') || `speclint exited with code ${r.status}`);
    }
    try {
      results = JSON.parse(r.stdout) as JsonFile[];
    } catch {
      throw new ActionError(`speclint printed no JSON report: ${r.stderr.trim()}`);
    }
  }
  if (changes) {
    const files = changes.files;
    results = results.filter((r) => files.has(r.file));
    // A pre-commit-style note that a changed file is in the config's `ignores` is noise here.
    for (const r of results) r.diagnostics = r.diagnostics.filter((d) => d.ruleId !== 'file-ignored');
  }
  const linted = results.length;
  // Files with nothing to say and no readiness to show would only lengthen the summary.
  results = results.filter((r) => r.diagnostics.length || r.kind);
  writeFileSync(report, `${JSON.stringify(results)}\n`);

  const findings: Finding[] = results.flatMap((r) => r.diagnostics.map((d) => ({ ...d, file: r.file })));
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const annotated = new Set<Finding>();
  const shown: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) {
    if (shown[f.severity] >= GITHUB_ANNOTATIONS_PER_KIND) continue;
    shown[f.severity]++;
    annotated.add(f);
    console.log(annotationCommand(f));
  }
  const hidden = findings.length - annotated.size;
  if (hidden) console.log(`SpecLint: ${hidden} more problem${hidden === 1 ? '' : 's'} than GitHub annotates; all are in the job summary.`);

  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const failed = failOn === 'error' ? errors > 0 : failOn === 'warning' ? errors + warnings > 0 : false;
  const summary = summaryMarkdown({ findings, annotated, results, linted, scope, failOn, failed });
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, summary);
  else console.log(summary);
  setOutputs({
    errors,
    warnings,
    infos: findings.length - errors - warnings,
    files: linted,
    report,
    failed: String(failed),
  });
  if (failed) {
    console.log(`SpecLint failed: ${errors} error(s) and ${warnings} warning(s), and fail-on is "${failOn}".`);
    return 1;
  }
  return 0;
}

try {
  process.exitCode = main();
} catch (e) {
  if (!(e instanceof ActionError)) throw e;
  // An ::error:: line marks the step as failed with this message in the run's annotations.
  console.log(`::error title=SpecLint::${escapeData(e.message)}`);
  process.exitCode = 1;
}
