/** The engine's public surface. No `vscode`, no Node-only APIs below this folder. */
export * from './types.js';
export { ParseCache } from './parse.js';
export { PARSE_LIMITS } from './chunks.js';
export { lint, matchGlob, DOCS_BASE_URL, INTERNAL_RULE, CONFIG_RULE, SKIPPED_RULE, type LintOptions, type LintResult } from './engine.js';
export { applyFixes, applyFixList, fixUntilStable, preferredSafeFix, type ApplyResult } from './fix.js';
export {
  ConfigError, CONFIG_FILE_NAMES, LIMITS, defaultConfig, mergeConfig, parseConfigText, validateConfig, ruleSetting,
  type ConfigFile, type ResolvedConfig, type RuleSetting,
} from './config.js';
export { buildConfigSchema } from './schema.js';
export { sectionStatus, type SectionStatus, type SectionStatusEntry } from './status.js';
export { BUILTIN_SECTIONS, KIND_LABELS, type SectionDef } from './sections.js';
export { ConfigResolver, dirname, joinPath, type ConfigHost, type ConfigLayer } from './config-loader.js';
