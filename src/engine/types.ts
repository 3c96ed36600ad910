/**
 * Public types of the SpecLint engine. Nothing here may depend on `vscode` or on
 * Node-only APIs: the same code runs in the CLI, VS Code desktop and VS Code for the Web.
 */
import type { Root } from 'mdast';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** A point in the document. `offset` is a 0-based UTF-16 index; line and column are 1-based. */
export interface Point {
  offset: number;
  line: number;
  column: number;
}

export interface Range {
  start: Point;
  end: Point;
}

/** Replace the text in `[start, end)` (UTF-16 offsets) with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  /** What the fix does, shown as the quick-fix title ("Remove “just”"). */
  title: string;
  edits: TextEdit[];
  /**
   * Safe fixes are applied by `--fix` and "fix all". An unsafe fix (a suggestion) is only
   * ever applied when a person picks it as a quick fix.
   */
  safe: boolean;
}

export interface RelatedLocation {
  message: string;
  range: Range;
}

export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  related?: RelatedLocation[];
  /** Zero or more alternatives. The first one is the preferred fix. */
  fixes: Fix[];
  /** Link to the rule's docs page. */
  url?: string;
  /** Machine-readable facts for adapters, e.g. `{ sectionId: 'why' }` on section diagnostics. */
  data?: Record<string, string>;
}

export type DocKind = 'brief' | 'ticket' | 'launch';
export const DOC_KINDS: readonly DocKind[] = ['brief', 'ticket', 'launch'];

/** JSON-schema fragment (the subset we generate and validate). */
export interface JsonSchema {
  type?: 'object' | 'array' | 'string' | 'boolean' | 'number' | 'integer';
  description?: string;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: readonly (string | number | boolean)[];
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  maxLength?: number;
  /** 'glob': a glob (see glob.ts; we cap its wildcards). */
  format?: 'glob';
  default?: unknown;
  required?: string[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  $ref?: string;
  markdownDescription?: string;
}

export interface RuleExample {
  /** Markdown that the rule flags (`bad`) or accepts (`good`). Doubles as a test. */
  markdown: string;
  /** Optional note shown in the docs. */
  note?: string;
  /** For section rules: the path the example pretends to have, or front matter is used. */
}

export interface RuleMeta {
  description: string;
  /** Why the rule exists: which point of the essay it serves (our own words). */
  rationale: string;
  category: 'sections' | 'phrasing';
  defaultSeverity: SeveritySetting;
  /** 'safe' when it offers fixes that `--fix` may apply, 'suggestion' when only quick fixes. */
  fixable: 'safe' | 'suggestion' | false;
  /** JSON schema of the rule's options object. */
  optionsSchema?: JsonSchema;
  defaultOptions?: Record<string, unknown>;
  examples: { bad: RuleExample[]; good: RuleExample[] };
}

/**
 * What is known of a rule without its code: its id and the metadata settings and config files
 * need (src/rules/catalog.ts, generated). The extension host works from this alone, so it does
 * not load the rules, the parser or the language tables: those run in the lint worker.
 */
export interface RuleInfo {
  id: string;
  meta: Pick<RuleMeta, 'description' | 'category' | 'defaultSeverity' | 'fixable' | 'optionsSchema' | 'defaultOptions'>;
}

export interface Rule<O = Record<string, unknown>> extends RuleInfo {
  meta: RuleMeta;
  check(ctx: RuleContext<O>): void;
  /**
   * Lets the engine leave out blocks this rule can never report in (see ARCHITECTURE.md,
   * "Partial parses"). Returns the phrases the rule reports on, for any kind of document:
   * every report it makes lies in a prose block holding one of them, and it reads nothing
   * else but the document's structure (headings, sections, front matter, the last block).
   * Return [] when it reads only structure. Leave it out, or return null, when the rule reads
   * any other part of the tree: the engine then parses the whole document.
   */
  triggers?(options: O): readonly string[] | null;
}

export interface ReportDescriptor {
  message: string;
  /** Offsets into the document: `[start, end)`. */
  start: number;
  end: number;
  related?: { message: string; start: number; end: number }[];
  fixes?: Fix[];
  data?: Record<string, string>;
  /**
   * A finding a reader may well disagree with (a pattern the rule cannot judge precisely): it is
   * reported one level below the rule's severity (error → warning, warning → info) and worded as a question.
   */
  softer?: boolean;
}

/** What a rule sees. Everything is computed once per lint and shared by all rules. */
export interface RuleContext<O = Record<string, unknown>> {
  readonly text: string;
  readonly tree: Root;
  readonly options: O;
  readonly kind: DocKind | null;
  readonly filePath: string | undefined;
  readonly doc: import('./document/document.js').SpecDocument;
  report(d: ReportDescriptor): void;
}
