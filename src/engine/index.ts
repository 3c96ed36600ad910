/** The engine's public surface. No `vscode`, no Node-only APIs below this folder. */
export * from './types.js';
export { ParseCache } from './parse/parse.js';
export { PARSE_LIMITS } from './parse/chunks.js';
export { lint, matchGlob, DOCS_BASE_URL, INTERNAL_RULE, CONFIG_RULE, SKIPPED_RULE, type LintOptions, type LintResult } from './engine.js';
export { applyFixes, applyFixList, fixUntilStable, preferredSafeFix, type ApplyResult } from './fix/fix.js';
export {
  ConfigError, CONFIG_FILE_NAMES, LIMITS, defaultConfig, loadYaml, mergeConfig, parseConfigText, validateConfig, ruleSetting, ruleSeverities,
  type ConfigFile, type ResolvedConfig, type RuleSetting,
} from './config/config.js';
export { buildConfigSchema } from './config/schema.js';
export { sectionStatus, type SectionStatus, type SectionStatusEntry } from './document/status.js';
export { BUILTIN_SECTIONS, KIND_LABELS, type SectionDef } from './document/sections.js';
export { isProcessFile } from './document/document.js';
export { markableLinesIn, sectionMarkerEdit, type MarkableLine } from './document/marker.js';
export { ConfigResolver, dirname, joinPath, type ConfigHost, type ConfigLayer } from './config/config-loader.js';
