"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/action/main.ts
var import_node_child_process = require("node:child_process");
var import_node_fs = require("node:fs");
var import_node_crypto = require("node:crypto");
var import_node_os = __toESM(require("node:os"));
var import_node_path = __toESM(require("node:path"));

// src/cli/output/github-commands.ts
var GITHUB_ANNOTATIONS_PER_KIND = 10;
var COMMAND = { error: "error", warning: "warning", info: "notice" };
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function annotationCommand(a) {
  const props = [
    ["file", a.file],
    ["line", a.line],
    ["col", a.column],
    ["endLine", a.endLine],
    ["endColumn", a.endColumn],
    ["title", `speclint(${a.ruleId})`]
  ].map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  return `::${COMMAND[a.severity]} ${props.join(",")}::${escapeData(a.message)}`;
}

// src/action/main.ts
var FILTER_MODES = ["added", "file", "nofilter"];
var FAIL_ON = ["error", "warning", "never"];
function input(name) {
  return (process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function choice(name, allowed, fallback) {
  const value = input(name) || fallback;
  if (!allowed.includes(value)) {
    throw new ActionError(`input "${name}" is "${value}"; use one of ${allowed.join(", ")}`);
  }
  return value;
}
var ActionError = class extends Error {
};
function git(cwd, args) {
  const r = (0, import_node_child_process.spawnSync)("git", ["-c", `safe.directory=${cwd}`, "-c", "core.quotePath=false", ...args], {
    cwd,
    encoding: "utf8",
    maxBuffer: 1 << 30
  });
  if (r.error) throw new ActionError(`cannot run git: ${r.error.message}`);
  return { ok: r.status === 0, out: r.stdout, err: r.stderr.trim() };
}
function baseCommit(event) {
  const pr = event?.pull_request;
  if (pr?.base?.sha) return { ref: pr.base.sha, what: `the base of pull request #${pr.number ?? "?"}` };
  if (process.env.GITHUB_BASE_REF) return { ref: `origin/${process.env.GITHUB_BASE_REF}`, what: `origin/${process.env.GITHUB_BASE_REF}` };
  const before = event?.before;
  if (typeof before === "string" && /^[0-9a-f]{40}$/.test(before) && !/^0+$/.test(before)) {
    return { ref: before, what: "the commit before this push" };
  }
  return void 0;
}
var MARKDOWN = /\.(md|markdown)$/i;
function changesSince(cwd, base) {
  const hint = "check out with `fetch-depth: 0` (actions/checkout) so the base commit is in the clone";
  if (!git(cwd, ["rev-parse", "--verify", "--quiet", `${base.ref}^{commit}`]).ok) {
    throw new ActionError(`${base.what} (${base.ref}) is not in the checkout; ${hint}`);
  }
  const mb = git(cwd, ["merge-base", base.ref, "HEAD"]);
  if (!mb.ok) throw new ActionError(`no common ancestor of ${base.ref} and HEAD; ${hint}`);
  const mergeBase = mb.out.trim();
  const files = /* @__PURE__ */ new Set();
  const status = git(cwd, ["diff", "--relative", "--name-status", "-z", "--no-renames", "--diff-filter=AM", mergeBase, "HEAD"]);
  if (!status.ok) throw new ActionError(`git diff failed: ${status.err}`);
  const fields = status.out.split("\0");
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const file = fields[i + 1];
    if (!MARKDOWN.test(file)) continue;
    files.add(file);
  }
  return { base: mergeBase, files };
}
var SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
function cell(s) {
  return s.replace(/[\r\n]+/g, " ").replace(/([\\|*_`[\]<>#])/g, "\\$1");
}
function setOutputs(values) {
  const file = process.env.GITHUB_OUTPUT;
  if (!file) return;
  let text = "";
  for (const [name, value] of Object.entries(values)) {
    const delimiter = `speclint_${(0, import_node_crypto.randomBytes)(8).toString("hex")}`;
    text += `${name}<<${delimiter}
${value}
${delimiter}
`;
  }
  (0, import_node_fs.appendFileSync)(file, text);
}
function summaryMarkdown(s) {
  const count = (sev) => s.findings.filter((f) => f.severity === sev).length;
  const [errors, warnings, infos] = [count("error"), count("warning"), count("info")];
  let md = `## SpecLint

`;
  const verdict = s.failed ? "\u274C" : "\u2705";
  md += `${verdict} **${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}, ${infos} info** in ${s.linted} file${s.linted === 1 ? "" : "s"} (${s.scope}; fails on: ${s.failOn}).

`;
  if (s.findings.length) {
    const byRule = /* @__PURE__ */ new Map();
    for (const f of s.findings) {
      const row = byRule.get(f.ruleId) ?? { error: 0, warning: 0, info: 0 };
      row[f.severity]++;
      byRule.set(f.ruleId, row);
    }
    md += `### Problems by rule

| rule | errors | warnings | info |
| --- | ---: | ---: | ---: |
`;
    for (const [rule, row] of [...byRule].sort((a, b) => a[0].localeCompare(b[0]))) {
      md += `| \`${rule}\` | ${row.error} | ${row.warning} | ${row.info} |
`;
    }
    md += "\n";
  }
  const specs = s.results.filter((r) => r.kind && Object.keys(r.status.sections).length);
  if (specs.length) {
    md += `### Readiness of each spec

| file | kind | sections | missing or placeholder |
| --- | --- | ---: | --- |
`;
    for (const r of specs) {
      const entries = Object.entries(r.status.sections);
      const present = entries.filter(([, st]) => st === "present").length;
      const gaps = entries.filter(([, st]) => st !== "present").map(([id, st]) => st === "placeholder" ? `${id} (placeholder)` : id);
      const kind = r.kindReason ? `${r.kind} (${r.kindReason})` : String(r.kind);
      md += `| ${cell(r.file)} | ${cell(kind)} | ${present}/${entries.length} | ${gaps.length ? cell(gaps.join(", ")) : "none"} |
`;
    }
    md += "\n";
  }
  const rest = s.findings.filter((f) => !s.annotated.has(f));
  if (rest.length) {
    md += `### Problems without an annotation

GitHub shows at most ${GITHUB_ANNOTATIONS_PER_KIND} annotations of each kind per step; these ${rest.length} are the rest.

`;
    md += `| where | severity | rule | message |
| --- | --- | --- | --- |
`;
    for (const f of rest.slice(0, 1e3)) {
      md += `| ${cell(`${f.file}:${f.line}:${f.column}`)} | ${f.severity} | \`${f.ruleId}\` | ${cell(f.message)} |
`;
    }
    if (rest.length > 1e3) md += `
\u2026and ${rest.length - 1e3} more: see the \`report\` output (the CLI's JSON).
`;
    md += "\n";
  }
  return md;
}
function main() {
  const workspace = import_node_path.default.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
  const filterMode = choice("filter-mode", FILTER_MODES, "added");
  const failOn = choice("fail-on", FAIL_ON, "error");
  const patterns = input("files").split(/\r?\n/).map((p) => p.trim()).filter(Boolean);
  const config = input("config");
  let event;
  const eventPath = process.env.GITHUB_EVENT_PATH;
  if (eventPath && (0, import_node_fs.existsSync)(eventPath)) {
    try {
      event = JSON.parse((0, import_node_fs.readFileSync)(eventPath, "utf8"));
    } catch (e) {
      throw new ActionError(`cannot read the event file ${eventPath}: ${e.message}`);
    }
  }
  let changes;
  let scope = "every file";
  if (filterMode !== "nofilter") {
    const base = baseCommit(event);
    if (base) {
      changes = changesSince(workspace, base);
      scope = `${filterMode === "added" ? "lines" : "files"} changed since ${changes.base.slice(0, 7)}`;
    } else {
      console.log("SpecLint: no pull request or push base in the event, so every file is linted.");
    }
  }
  let args = patterns;
  if (changes && !patterns.length) args = [...changes.files];
  const report = import_node_path.default.join(process.env.RUNNER_TEMP || import_node_os.default.tmpdir(), "speclint-report.json");
  let results = [];
  if (!changes || changes.files.size) {
    const cli = import_node_path.default.join(__dirname, "speclint.js");
    const since = changes && filterMode === "added" ? ["--changed-since", changes.base] : [];
    const cliArgs = [cli, "--format", "json", "--no-color", ...since, ...config ? ["--config", config] : [], ...args.length ? ["--", ...args] : []];
    const r = (0, import_node_child_process.spawnSync)(process.execPath, cliArgs, { cwd: workspace, encoding: "utf8", maxBuffer: 1 << 30 });
    if (r.error) throw new ActionError(`cannot run speclint: ${r.error.message}`);
    if (r.status !== 0 && r.status !== 1) {
      throw new ActionError(r.stderr.trim().replace(/^speclint: /, "") || `speclint exited with code ${r.status}`);
    }
    try {
      results = JSON.parse(r.stdout);
    } catch {
      throw new ActionError(`speclint printed no JSON report: ${r.stderr.trim()}`);
    }
  }
  if (changes) {
    const files = changes.files;
    results = results.filter((r) => files.has(r.file));
    for (const r of results) r.diagnostics = r.diagnostics.filter((d) => d.ruleId !== "file-ignored");
  }
  const linted = results.length;
  results = results.filter((r) => r.diagnostics.length || r.kind);
  (0, import_node_fs.writeFileSync)(report, `${JSON.stringify(results)}
`);
  const findings = results.flatMap((r) => r.diagnostics.map((d) => ({ ...d, file: r.file })));
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const annotated = /* @__PURE__ */ new Set();
  const shown = { error: 0, warning: 0, info: 0 };
  for (const f of findings) {
    if (shown[f.severity] >= GITHUB_ANNOTATIONS_PER_KIND) continue;
    shown[f.severity]++;
    annotated.add(f);
    console.log(annotationCommand(f));
  }
  const hidden = findings.length - annotated.size;
  if (hidden) console.log(`SpecLint: ${hidden} more problem${hidden === 1 ? "" : "s"} than GitHub annotates; all are in the job summary.`);
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  const failed = failOn === "error" ? errors > 0 : failOn === "warning" ? errors + warnings > 0 : false;
  const summary = summaryMarkdown({ findings, annotated, results, linted, scope, failOn, failed });
  if (process.env.GITHUB_STEP_SUMMARY) (0, import_node_fs.appendFileSync)(process.env.GITHUB_STEP_SUMMARY, summary);
  else console.log(summary);
  setOutputs({
    errors,
    warnings,
    infos: findings.length - errors - warnings,
    files: linted,
    report,
    failed: String(failed)
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
  console.log(`::error title=SpecLint::${escapeData(e.message)}`);
  process.exitCode = 1;
}
