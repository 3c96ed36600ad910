/**
 * Configuration: the shape of `.speclintrc.json|yaml`, parsing with precise errors,
 * validation against the schema generated from rule metadata, and merging.
 * Config is data only: nothing in it is ever executed or compiled into a regular expression.
 */
import type * as Yaml from 'yaml';
import type { DocKind, JsonSchema, RuleInfo, SeveritySetting } from '../types.js';
import { DOC_KINDS } from '../types.js';
import { BUILTIN_SECTIONS, DEFAULT_KIND_SECTIONS, DEFAULT_QUOTE_SECTIONS, type SectionDef } from '../document/sections.js';
import { validate } from './schema.js';
import { didYouMean } from './suggest.js';

export interface RuleSetting {
  severity?: SeveritySetting;
  options?: Record<string, unknown>;
}

/** A config file as written by a team (every key optional). */
export interface ConfigFile {
  $schema?: string;
  extends?: string | string[];
  root?: boolean;
  ignores?: string[];
  rules?: Record<string, SeveritySetting | RuleSetting>;
  sections?: Record<string, Partial<Omit<SectionDef, 'id'>>>;
  kinds?: Partial<Record<DocKind, { files?: string[]; sections?: string[] }>>;
  quotes?: { ignore?: boolean; sections?: string[] };
}

/** The configuration a lint runs with: every value filled in. */
export interface ResolvedConfig {
  rules: Record<string, RuleSetting>;
  sections: Record<string, SectionDef>;
  kinds: Record<DocKind, { files: string[]; sections: string[] }>;
  quotes: { ignore: boolean; sections: string[] };
  ignores: string[];
}

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(`${file}${line ? `:${line}${column ? `:${column}` : ''}` : ''}: ${problem}`);
    this.name = 'ConfigError';
  }
}

export const CONFIG_FILE_NAMES = ['.speclintrc.json', '.speclintrc.yaml', '.speclintrc.yml', '.speclintrc'];

export const LIMITS = {
  /** Longest list (phrases, synonyms, globs) a config may hold. */
  maxListItems: 2000,
  /** Longest single phrase, synonym or glob. */
  maxStringLength: 200,
  /** Largest config file we read. */
  maxConfigBytes: 1_000_000,
  /** Deepest `extends` chain. */
  maxExtendsDepth: 20,
  /** Most config files one resolver loads (extends included). */
  maxConfigFiles: 1000,
};

export function defaultConfig(): ResolvedConfig {
  const sections: Record<string, SectionDef> = {};
  for (const [id, def] of Object.entries(BUILTIN_SECTIONS)) {
    sections[id] = { ...def, synonyms: [...def.synonyms], satisfiedBy: def.satisfiedBy ? [...def.satisfiedBy] : undefined };
  }
  const kinds = {} as ResolvedConfig['kinds'];
  for (const k of DOC_KINDS) kinds[k] = { files: [], sections: [...DEFAULT_KIND_SECTIONS[k]] };
  return { rules: {}, sections, kinds, quotes: { ignore: true, sections: [...DEFAULT_QUOTE_SECTIONS] }, ignores: [] };
}

function offsetToLineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: offset - last };
}

/** A config file is JSON when it is named `.json`, YAML otherwise (JSON is valid YAML). */
export const isJsonConfig = (file: string) => file.endsWith('.json');

let yamlModule: typeof Yaml | undefined;
/**
 * The YAML parser, loaded the first time a YAML config file is read. The `yaml` package is a
 * quarter of the extension host's bundle, and most workspaces have no YAML config: loading it
 * lazily keeps it out of activation (the engine's front matter parser in the worker imports it
 * as usual).
 */
export async function loadYaml(): Promise<typeof Yaml> {
  return (yamlModule ??= await import('yaml'));
}

/**
 * Parses the text of a config file. JSON for `.json`, YAML otherwise (JSON is valid YAML), with
 * the parser from `loadYaml()`.
 */
export function parseConfigText(text: string, file: string, yaml?: typeof Yaml): unknown {
  if (text.length > LIMITS.maxConfigBytes) {
    throw new ConfigError(file, `config file is ${text.length.toLocaleString('en-US')} characters long; the limit is ${LIMITS.maxConfigBytes.toLocaleString('en-US')}`);
  }
  const body = text.replace(/^\uFEFF/, '');
  if (isJsonConfig(file)) {
    // An empty file is not JSON (ESLint refuses it too); it is more often a failed write than a choice.
    if (!body.trim()) throw new ConfigError(file, 'the file is empty, which is not valid JSON. Write {} for a config that sets nothing, or delete the file');
    try {
      return JSON.parse(body);
    } catch (e) {
      const msg = (e as Error).message;
      const m = /position (\d+)/.exec(msg);
      const at = m ? offsetToLineColumn(body, Number(m[1])) : undefined;
      throw new ConfigError(file, `invalid JSON: ${msg.replace(/ in JSON at position \d+.*$/s, '')}`, at?.line, at?.column);
    }
  }
  if (!yaml) throw new Error(`parseConfigText: ${file} is YAML; pass the parser from loadYaml()`);
  try {
    // An empty YAML file, or one holding only comments, is a config that sets nothing (as in ESLint).
    return yaml.parse(body, { maxAliasCount: 100, prettyErrors: true, logLevel: 'error' }) ?? {};
  } catch (e) {
    if (e instanceof yaml.YAMLParseError) {
      const pos = e.linePos?.[0];
      const msg = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      throw new ConfigError(file, `invalid YAML: ${msg}`, pos?.line, pos?.col);
    }
    throw new ConfigError(file, `invalid YAML: ${(e as Error).message}`);
  }
}

export { didYouMean } from './suggest.js';

/** Checks a parsed config against the schema; throws one ConfigError naming the first problem. */
export function validateConfig(value: unknown, file: string, rules: readonly RuleInfo[], schema: JsonSchema): ConfigFile {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigError(file, 'the config must be an object (a JSON object or a YAML mapping)');
  }
  const obj = value as Record<string, unknown>;
  if (obj.rules && typeof obj.rules === 'object' && !Array.isArray(obj.rules)) {
    const ids = rules.map((r) => r.id);
    for (const key of Object.keys(obj.rules)) {
      if (!ids.includes(key)) throw new ConfigError(file, `unknown rule "${key}".${didYouMean(key, ids)}`);
    }
  }
  const problem = validate(value, schema);
  if (problem) throw new ConfigError(file, problem);
  const cfg = normalizeSeverities(value as ConfigFile);
  if (cfg.kinds) {
    for (const [kind, k] of Object.entries(cfg.kinds)) {
      for (const s of k?.sections ?? []) {
        const known = Object.keys(BUILTIN_SECTIONS).concat(Object.keys(cfg.sections ?? {}));
        if (!known.includes(s)) {
          throw new ConfigError(file, `kinds.${kind}.sections names an unknown section "${s}".${didYouMean(s, known)} Define custom sections under "sections".`);
        }
      }
    }
  }
  return cfg;
}

/** ESLint's severity spellings, accepted so a team's habits just work. */
const SEVERITY_ALIASES = new Map<unknown, SeveritySetting>([['warn', 'warning'], [0, 'off'], [1, 'warning'], [2, 'error']]);

const SEVERITY_NAMES: readonly SeveritySetting[] = ['error', 'warning', 'info', 'off'];

/**
 * Rule severities from an editor setting (`{ "no-minimizers": "warn" }`): the same spellings a
 * config file accepts, and one problem per entry that is not a known rule or severity.
 */
export function ruleSeverities(raw: unknown, ruleIds: readonly string[], where: string): { rules: Record<string, SeveritySetting>; problems: string[] } {
  const rules: Record<string, SeveritySetting> = {};
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { rules, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { rules, problems: [`${where} should be an object of rule ids and severities, e.g. { "no-minimizers": "info" }.`] };
  for (const [id, v] of Object.entries(raw)) {
    if (!ruleIds.includes(id)) {
      problems.push(`${where}: "${id}" is not a SpecLint rule.${didYouMean(id, ruleIds)} It is ignored.`);
      continue;
    }
    const sev = SEVERITY_ALIASES.get(v) ?? (SEVERITY_NAMES.includes(v as SeveritySetting) ? (v as SeveritySetting) : undefined);
    if (sev) rules[id] = sev;
    else problems.push(`${where}.${id}: ${JSON.stringify(v)} is not a severity. Use "error", "warning" ("warn"), "info" or "off" (or 2, 1, 0).${typeof v === 'string' ? didYouMean(v, SEVERITY_NAMES) : ''} It is ignored.`);
  }
  return { rules, problems };
}

/** A copy of the config with "warn", 0, 1 and 2 turned into off, warning and error. */
function normalizeSeverities(cfg: ConfigFile): ConfigFile {
  if (!cfg.rules) return cfg;
  const rules: NonNullable<ConfigFile['rules']> = {};
  for (const [id, v] of Object.entries(cfg.rules)) {
    if (typeof v === 'object') rules[id] = v.severity === undefined ? v : { ...v, severity: SEVERITY_ALIASES.get(v.severity) ?? v.severity };
    else rules[id] = SEVERITY_ALIASES.get(v) ?? v;
  }
  return { ...cfg, rules };
}

function withBase(base: string | undefined, globs: string[]): string[] {
  if (!base) return globs;
  return globs.map((g) => {
    const neg = g.startsWith('!');
    const p = neg ? g.slice(1) : g;
    const abs = p.startsWith('/') ? p : `${base.replace(/\/$/, '')}/${p.replace(/^\.\//, '')}`;
    return (neg ? '!' : '') + abs;
  });
}

/**
 * Merges `file` over `into`. Globs in the file are made absolute against `baseDir` (the
 * config file's folder) so they keep their meaning when configs from several folders cascade.
 */
export function mergeConfig(into: ResolvedConfig, file: ConfigFile, baseDir?: string): ResolvedConfig {
  const out: ResolvedConfig = {
    rules: { ...into.rules },
    sections: { ...into.sections },
    kinds: { ...into.kinds },
    quotes: { ...into.quotes },
    ignores: [...into.ignores],
  };
  for (const [id, v] of Object.entries(file.rules ?? {})) {
    const prev = out.rules[id] ?? {};
    const next: RuleSetting = typeof v === 'string' ? { severity: v } : v;
    out.rules[id] = {
      severity: next.severity ?? prev.severity,
      options: next.options ? { ...(prev.options ?? {}), ...next.options } : prev.options,
    };
  }
  for (const [id, v] of Object.entries(file.sections ?? {})) {
    const prev = out.sections[id];
    out.sections[id] = {
      id,
      title: v.title ?? prev?.title ?? id,
      missing: v.missing ?? prev?.missing ?? `has no "${v.title ?? id}" section`,
      prompt: v.prompt ?? prev?.prompt ?? `Describe ${v.title ?? id}.`,
      // A team that rewords what is missing gets its own words, not the built-in question.
      question: v.missing ? undefined : prev?.question,
      // Team synonyms add to the built-in ones, so a team never loses recognition by adding a word.
      synonyms: [...(prev?.synonyms ?? []), ...(v.synonyms ?? [])],
      satisfiedBy: v.satisfiedBy || prev?.satisfiedBy ? [...(prev?.satisfiedBy ?? []), ...(v.satisfiedBy ?? [])] : undefined,
      order: v.order ?? prev?.order ?? 150,
    };
  }
  for (const [kind, v] of Object.entries(file.kinds ?? {}) as [DocKind, { files?: string[]; sections?: string[] }][]) {
    const prev = out.kinds[kind];
    out.kinds[kind] = {
      files: v.files ? [...prev.files, ...withBase(baseDir, v.files)] : prev.files,
      sections: v.sections ? [...v.sections] : prev.sections,
    };
  }
  if (file.quotes) {
    out.quotes = {
      ignore: file.quotes.ignore ?? out.quotes.ignore,
      sections: file.quotes.sections ? [...out.quotes.sections, ...file.quotes.sections] : out.quotes.sections,
    };
  }
  if (file.ignores) out.ignores.push(...withBase(baseDir, file.ignores));
  return out;
}

/** Severity and options of a rule under a config, defaults from the rule's metadata. */
export function ruleSetting(rule: RuleInfo, config: ResolvedConfig): { severity: SeveritySetting; options: Record<string, unknown> } {
  const s = config.rules[rule.id];
  return {
    severity: s?.severity ?? rule.meta.defaultSeverity,
    options: { ...(rule.meta.defaultOptions ?? {}), ...(s?.options ?? {}) },
  };
}
