/**
 * The config JSON Schema, generated from rule metadata (the single source), and a small
 * validator for the subset of JSON Schema we generate. Errors name the exact path.
 */
import type { JsonSchema, RuleInfo } from '../types.js';
import { DOC_KINDS } from '../types.js';
import { didYouMean } from './suggest.js';

const MAX_ITEMS = 2000;
/** Globs are matched in linear time (glob.ts); the cap on wildcards keeps patterns readable. */
const MAX_GLOB_WILDCARDS = 12;

const globList = (description: string): JsonSchema => ({
  type: 'array',
  description,
  items: { type: 'string', maxLength: MAX_LEN, format: 'glob' },
  maxItems: MAX_ITEMS,
});
const MAX_LEN = 200;

export const stringList = (description: string): JsonSchema => ({
  type: 'array',
  description,
  items: { type: 'string', maxLength: MAX_LEN },
  maxItems: MAX_ITEMS,
});

/** ESLint's spellings are accepted too ("warn", 0, 1, 2); config.ts turns them into ours. */
const SEVERITY: JsonSchema = {
  description: 'off, info, warning or error. As in ESLint, "warn" means warning, and 0, 1, 2 mean off, warning, error.',
  oneOf: [
    { type: 'string', enum: ['off', 'info', 'warning', 'error', 'warn'] },
    { type: 'integer', enum: [0, 1, 2] },
  ],
};

export function buildConfigSchema(rules: readonly RuleInfo[]): JsonSchema & { $schema: string; title: string } {
  const ruleProps: Record<string, JsonSchema> = {};
  for (const r of rules) {
    const setting: JsonSchema = {
      type: 'object',
      additionalProperties: false,
      properties: { severity: SEVERITY },
    };
    if (r.meta.optionsSchema) setting.properties!.options = r.meta.optionsSchema;
    ruleProps[r.id] = {
      description: `${r.meta.description} (default: ${r.meta.defaultSeverity})`,
      oneOf: [SEVERITY, setting],
    };
  }
  const kindProps: Record<string, JsonSchema> = {};
  for (const k of DOC_KINDS) {
    kindProps[k] = {
      type: 'object',
      additionalProperties: false,
      properties: {
        files: globList(`Globs (relative to this config file) of documents that are always a ${k}.`),
        sections: stringList(`Section ids a ${k} must have (replaces the default list).`),
      },
    };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'SpecLint configuration (.speclintrc.json / .speclintrc.yaml)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      extends: {
        description: 'Config file(s) to start from, relative to this file.',
        oneOf: [{ type: 'string', maxLength: 1000 }, { type: 'array', items: { type: 'string', maxLength: 1000 }, maxItems: 20 }],
      },
      root: { type: 'boolean', description: 'Stop looking for config files in parent folders.' },
      ignores: globList('Globs (relative to this config file) of markdown files the CLI skips.'),
      rules: { type: 'object', description: 'Severity and options per rule.', additionalProperties: false, properties: ruleProps },
      sections: {
        type: 'object',
        description: 'Extra heading synonyms for built-in sections, or new sections (then list them under kinds).',
        additionalProperties: {
          type: 'object',
          additionalProperties: false,
          properties: {
            title: { type: 'string', maxLength: MAX_LEN, description: 'Heading the insert-section fix writes.' },
            missing: { type: 'string', maxLength: MAX_LEN, description: 'What the document lacks, completing "This brief …" (e.g. "does not name the security reviewer").' },
            prompt: { type: 'string', maxLength: 1000, description: 'Prompt inserted under the heading.' },
            synonyms: stringList('Heading phrases that mean this section (added to the built-in ones).'),
            satisfiedBy: stringList('Phrases anywhere in the text that also count as this section.'),
            order: { type: 'number', description: 'Where the section belongs (problem 1 … alternatives 7, solution 100).' },
          },
        },
      },
      kinds: { type: 'object', additionalProperties: false, properties: kindProps },
      quotes: {
        type: 'object',
        additionalProperties: false,
        properties: {
          ignore: { type: 'boolean', description: 'Skip blockquotes and quote sections (default true).' },
          sections: stringList('Extra headings whose sections hold quoted material.'),
        },
      },
    },
  };
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

/** Returns the first problem ("rules.no-minimizers.options.allow[1]: expected string, got number") or null. */
export function validate(value: unknown, schema: JsonSchema, path = ''): string | null {
  const at = path || '(top level)';
  if (schema.oneOf) {
    const problems: string[] = [];
    for (const s of schema.oneOf) {
      const p = validate(value, s, path);
      if (!p) return null;
      problems.push(p);
    }
    // Report the alternative whose type fits, so the message is about the real mistake.
    // (oneOf here means anyOf: the first alternative that accepts the value wins.)
    const fitting = schema.oneOf.findIndex((s) => fits(s, value));
    return fitting >= 0 ? problems[fitting]! : `${at}: expected ${schema.oneOf.map((s) => describe(s)).join(' or ')}, got ${typeOf(value)}`;
  }
  if (schema.type) {
    const t = typeOf(value);
    const ok = t === schema.type || (schema.type === 'number' && t === 'integer');
    if (!ok) return `${at}: expected ${describe(schema)}, got ${t === 'string' ? JSON.stringify(value) : t}`;
  }
  if (schema.enum && !schema.enum.includes(value as string)) {
    const words = schema.enum.filter((e): e is string => typeof e === 'string');
    const hint = typeof value === 'string' ? didYouMean(value.toLowerCase(), words) : '';
    return `${at}: expected one of ${schema.enum.map((e) => JSON.stringify(e)).join(', ')}, got ${JSON.stringify(value)}${hint ? `.${hint}` : ''}`;
  }
  if (typeof value === 'string' && schema.maxLength !== undefined && value.length > schema.maxLength) {
    return `${at}: is ${value.length} characters long; the limit is ${schema.maxLength}`;
  }
  if (typeof value === 'string' && schema.format === 'glob' && (value.match(/[*?]/g)?.length ?? 0) > MAX_GLOB_WILDCARDS) {
    return `${at}: the glob ${JSON.stringify(value)} has more than ${MAX_GLOB_WILDCARDS} wildcards`;
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) return `${at}: must be at least ${schema.minimum}`;
    if (schema.maximum !== undefined && value > schema.maximum) return `${at}: must be at most ${schema.maximum}`;
  }
  if (Array.isArray(value)) {
    if (schema.maxItems !== undefined && value.length > schema.maxItems) {
      return `${at}: has ${value.length} entries; the limit is ${schema.maxItems}`;
    }
    if (schema.items) {
      for (let i = 0; i < value.length; i++) {
        const p = validate(value[i], schema.items, `${path}[${i}]`);
        if (p) return p;
      }
    }
  }
  if (typeOf(value) === 'object') {
    const obj = value as Record<string, unknown>;
    for (const req of schema.required ?? []) if (!Object.hasOwn(obj, req)) return `${at}: "${req}" is required`;
    for (const [k, v] of Object.entries(obj)) {
      // Keys that could reach an object's prototype are never data.
      if (k === '__proto__' || k === 'constructor' || k === 'prototype') return `${at}: "${k}" is not allowed as a key`;
      const sub = schema.properties && Object.hasOwn(schema.properties, k) ? schema.properties[k] : undefined;
      const childPath = path ? `${path}.${k}` : k;
      if (sub) {
        const p = validate(v, sub, childPath);
        if (p) return p;
      } else if (schema.additionalProperties === false) {
        const known = Object.keys(schema.properties ?? {});
        return `${at}: unknown key "${k}"${known.length ? ` (expected one of: ${known.join(', ')})` : ''}`;
      } else if (typeof schema.additionalProperties === 'object') {
        const p = validate(v, schema.additionalProperties, childPath);
        if (p) return p;
      }
    }
  }
  return null;
}

/** Whether the value has the type an alternative is about (so its problem is the one to report). */
function fits(s: JsonSchema, value: unknown): boolean {
  const t = typeOf(value);
  if (s.oneOf && !s.type) return s.oneOf.some((x) => fits(x, value));
  return !s.type || s.type === t || (s.type === 'number' && t === 'integer');
}

function describe(s: JsonSchema): string {
  if (s.enum) return `one of ${s.enum.map((e) => JSON.stringify(e)).join(', ')}`;
  // Alternatives that are all lists of values read as one list ("off", … 0, 1, 2).
  if (s.oneOf?.every((x) => x.enum)) return describe({ enum: s.oneOf.flatMap((x) => x.enum!) });
  if (s.oneOf) return s.oneOf.map((x) => describe(x)).join(' or ');
  if (s.type === 'array') return `a list${s.items?.type ? ` of ${s.items.type}s` : ''}`;
  if (s.type === 'object') return 'an object';
  return `a ${s.type ?? 'value'}`;
}
