/**
 * Finding and loading config files through a host (the CLI passes the file system, the
 * extension passes `vscode.workspace.fs`), so this stays free of Node-only APIs.
 *
 * Cascade: from the linted file's folder up to the root (or a config with `root: true`),
 * every config found applies, the nearest one last (it wins). `extends` loads other files
 * first; cycles and missing files are errors naming the file that refers to them.
 */
import type { RuleInfo } from '../types.js';
import {
  CONFIG_FILE_NAMES, ConfigError, LIMITS, defaultConfig, isJsonConfig, loadYaml, mergeConfig, parseConfigText, validateConfig,
  type ConfigFile, type ResolvedConfig,
} from './config.js';
import { buildConfigSchema } from './schema.js';

export interface ConfigHost {
  /** File contents, or undefined when there is no such file. Other failures should throw. */
  readFile(path: string): Promise<string | undefined>;
}

export function dirname(path: string): string {
  const i = path.replace(/\/+$/, '').lastIndexOf('/');
  if (i < 0) return path.startsWith('/') ? '/' : '.';
  if (i === 0) return '/';
  return path.slice(0, i);
}

export function joinPath(dir: string, rel: string): string {
  if (rel.startsWith('/')) return normalize(rel);
  return normalize(`${dir.replace(/\/+$/, '')}/${rel}`);
}

function normalize(path: string): string {
  const abs = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (!part || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return (abs ? '/' : '') + out.join('/');
}

/** One config file as applied: files reached through `extends` come before the file naming them. */
export interface ConfigLayer {
  path: string;
  file: ConfigFile;
}

interface Loaded {
  /** The file and everything it extends, flattened in apply order. */
  layers: { file: ConfigFile; dir: string; path: string }[];
  root: boolean;
}

export class ConfigResolver {
  private readonly fileCache = new Map<string, Promise<Loaded>>();
  /** Each cascade of config files, resolved once (cleared with the file caches). */
  private readonly resolved = new Map<string, { config: ResolvedConfig; files: string[]; layers: ConfigLayer[] }>();
  private readonly dirCache = new Map<string, Promise<{ path: string } | null>>();
  private readonly schema;

  constructor(
    private readonly host: ConfigHost,
    private readonly rules: readonly RuleInfo[],
  ) {
    this.schema = buildConfigSchema(rules);
  }

  /** Forget cached files (call when a config file changes). */
  clear(): void {
    this.fileCache.clear();
    this.dirCache.clear();
    this.resolved.clear();
  }

  /** The config for a document at `filePath`: the cascade of config files above it. */
  async configFor(filePath: string): Promise<{ config: ResolvedConfig; files: string[]; layers: ConfigLayer[] }> {
    const found: Loaded[] = [];
    const files: string[] = [];
    let dir = dirname(filePath);
    for (let guard = 0; guard < 256; guard++) {
      const cfgPath = await this.findInDir(dir);
      if (cfgPath) {
        const loaded = await this.loadFile(cfgPath.path, []);
        found.unshift(loaded);
        files.unshift(cfgPath.path);
        if (loaded.root) break;
      }
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
    // The same cascade gives the same config object, so what the engine builds once per config
    // (heading matchers, the prefilter's triggers) is built once per folder tree, not per file.
    const key = files.join('\n');
    const known = this.resolved.get(key);
    if (known) return known;
    let config = defaultConfig();
    const layers: ConfigLayer[] = [];
    for (const l of found) {
      for (const layer of l.layers) {
        config = mergeConfig(config, layer.file, layer.dir);
        layers.push({ path: layer.path, file: layer.file });
      }
    }
    const result = { config, files, layers };
    this.resolved.set(key, result);
    return result;
  }

  /** The config from one explicit file (`--config`), without the cascade. */
  async configFromFile(path: string): Promise<ResolvedConfig> {
    return (await this.layersOfFile(path)).config;
  }

  /** Like configFromFile, with every file applied (its `extends` first), in order. */
  async layersOfFile(path: string): Promise<{ config: ResolvedConfig; layers: ConfigLayer[] }> {
    const loaded = await this.loadFile(path, [], true);
    let config = defaultConfig();
    for (const layer of loaded.layers) config = mergeConfig(config, layer.file, layer.dir);
    return { config, layers: loaded.layers.map((l) => ({ path: l.path, file: l.file })) };
  }

  private findInDir(dir: string): Promise<{ path: string } | null> {
    let p = this.dirCache.get(dir);
    if (!p) {
      p = (async () => {
        const found: string[] = [];
        for (const name of CONFIG_FILE_NAMES) {
          const path = joinPath(dir, name);
          if ((await this.host.readFile(path)) !== undefined) found.push(path);
        }
        // Two configs in one folder: picking one silently would ignore the other's rules.
        if (found.length > 1) {
          const names = found.map((f) => f.slice(f.lastIndexOf('/') + 1));
          throw new ConfigError(found[0]!, `${names.join(' and ')} are both in ${dir}; SpecLint reads one config file per folder. Merge them into one and delete the other`);
        }
        return found.length ? { path: found[0]! } : null;
      })();
      this.dirCache.set(dir, p);
    }
    return p;
  }

  private loadFile(path: string, chain: string[], mustExist = false): Promise<Loaded> {
    if (chain.includes(path)) {
      return Promise.reject(new ConfigError(chain[chain.length - 1]!, `"extends" makes a cycle: ${[...chain, path].join(' → ')}`));
    }
    if (chain.length > LIMITS.maxExtendsDepth) {
      return Promise.reject(new ConfigError(path, `"extends" chain is deeper than ${LIMITS.maxExtendsDepth} files`));
    }
    let p = this.fileCache.get(path);
    if (!p) {
      if (this.fileCache.size >= LIMITS.maxConfigFiles) {
        return Promise.reject(new ConfigError(chain[chain.length - 1] ?? path, `more than ${LIMITS.maxConfigFiles} config files are involved through "extends"`));
      }
      p = this.readAndResolve(path, chain, mustExist);
      this.fileCache.set(path, p);
    }
    return p;
  }

  private async readAndResolve(path: string, chain: string[], mustExist: boolean): Promise<Loaded> {
    let text: string | undefined;
    try {
      text = await this.host.readFile(path);
    } catch (e) {
      throw new ConfigError(path, `cannot read config file: ${(e as Error).message}`);
    }
    if (text === undefined) {
      if (chain.length) throw new ConfigError(chain[chain.length - 1]!, `"extends" names a file that does not exist: ${path}`);
      if (mustExist) throw new ConfigError(path, 'config file not found');
      return { layers: [], root: false };
    }
    const file = validateConfig(parseConfigText(text, path, isJsonConfig(path) ? undefined : await loadYaml()), path, this.rules, this.schema);
    const dir = dirname(path);
    const layers: Loaded['layers'] = [];
    const parents = file.extends === undefined ? [] : Array.isArray(file.extends) ? file.extends : [file.extends];
    const seen = new Set<string>();
    for (const rel of parents) {
      const target = joinPath(dir, rel);
      const loaded = await this.loadFile(target, [...chain, path]);
      // A file reached twice (a diamond of extends) applies once.
      for (const l of loaded.layers) if (!seen.has(l.path)) seen.add(l.path), layers.push(l);
    }
    layers.push({ file, dir, path });
    return { layers, root: file.root === true };
  }
}
