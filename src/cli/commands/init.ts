/**
 * `speclint --init [paths]`: reads the markdown under the given folders (the current one by default),
 * tells what kind of document each file reads as, and writes a `.speclintrc.json` that names the kind of
 * each folder whose files are nearly all one kind ("docs/rfcs/**" → brief). Telling kinds file by file
 * is right for most documents but not all (eval/RESULTS.md); a team's folders say it for every file, so
 * one reviewed line per folder settles it for good. Nothing is overwritten: with a config file already
 * in the folder, the kinds are printed for the team to add.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { lint, defaultConfig, isProcessFile, CONFIG_FILE_NAMES, type DocKind } from '../../engine/index.js';
import { collectFiles, displayPath } from '../files.js';
import { UsageError, type CliOptions } from '../args.js';

/** A folder whose files are nearly all one kind. */
export interface FolderKind {
  /** The folder, relative and '/'-separated ('' for the folder init ran in). */
  folder: string;
  kind: DocKind;
  /** The glob the config gets: "docs/rfcs/**". */
  glob: string;
  files: number;
  /** Files told to be of `kind` one by one, of `files` (the folder's own pages not counted). */
  agree: number;
  /** Files told otherwise: they will be read as `kind` too once the config names the folder… */
  others: { file: string; kind: DocKind | null }[];
  /** …except a folder's own README, index or template read as no kind: the config leaves it out ("!docs/rfcs/README.md"). */
  excluded: string[];
}

/** A folder's files must be of one kind this often to name it, and there must be at least this many. */
export const FOLDER_SHARE = 0.75;
export const FOLDER_MIN_FILES = 2;

/** Whether `file` lies under `folder` ('' is the folder init ran in); both relative and '/'-separated. */
const inFolder = (folder: string, file: string) => folder === '' || file.startsWith(`${folder}/`);

/**
 * The folders to name, widest first: a folder qualifies when at least FOLDER_MIN_FILES files lie under it
 * and FOLDER_SHARE of them are one kind (not "none"); its sub-folders are then not looked at. A folder that
 * does not qualify hands the question to its sub-folders. Files read as nothing in particular (guides,
 * READMEs) never make a folder a kind.
 */
export function folderKinds(files: readonly { file: string; kind: DocKind | null }[]): FolderKind[] {
  const out: FolderKind[] = [];
  const under = (folder: string) => files.filter((f) => inFolder(folder, f.file));
  const subFolders = (folder: string, here: readonly { file: string }[]) => {
    const subs = new Set<string>();
    let own = 0;
    for (const f of here) {
      const rest = folder ? f.file.slice(folder.length + 1) : f.file;
      const slash = rest.indexOf('/');
      if (slash === -1) own++;
      else subs.add(folder ? `${folder}/${rest.slice(0, slash)}` : rest.slice(0, slash));
    }
    return { subs: [...subs].sort(), own };
  };
  const visit = (folder: string): void => {
    const here = under(folder);
    const { subs, own } = subFolders(folder, here);
    // A folder that only holds one folder is named by that one ("docs/ideas/**", not "docs/**"): a folder
    // added beside it later is not of its kind.
    if (!own && subs.length === 1) return visit(subs[0]!);
    if (here.length >= FOLDER_MIN_FILES) {
      const counts = new Map<DocKind, number>();
      for (const f of here) if (f.kind) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
      const [kind, agree] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [undefined, 0];
      // (The folder's own README or template, read as nothing, is not one of its documents.)
      const excluded = here.filter((f) => f.kind === null && isProcessFile(f.file)).map((f) => f.file);
      const counted = here.length - excluded.length;
      if (kind && counted >= FOLDER_MIN_FILES && agree / counted >= FOLDER_SHARE) {
        out.push({ folder, kind, glob: folder ? `${folder}/**` : '**', files: counted, agree, others: here.filter((f) => f.kind !== kind), excluded });
        return;
      }
    }
    for (const sub of subs) visit(sub);
  };
  visit('');
  return out;
}

/** The config `--init` writes: the schema for editors, and the kinds by folder. */
export function initConfig(folders: readonly FolderKind[]): Record<string, unknown> {
  const kinds: Partial<Record<DocKind, { files: string[] }>> = {};
  for (const f of folders) (kinds[f.kind] ??= { files: [] }).files.push(f.glob, ...f.excluded.map((x) => `!${x}`));
  return { $schema: './node_modules/speclint/schemas/speclintrc.schema.json', kinds };
}

const KIND_NAMES: Record<DocKind, string> = { brief: 'specs', ticket: 'tickets', launch: 'launch notes' };
const ONE: Record<DocKind, string> = { brief: 'a spec', ticket: 'a ticket', launch: 'a launch note' };

export async function runInit(opts: CliOptions, cwd: string, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const existing = CONFIG_FILE_NAMES.find((name) => existsSync(path.join(cwd, name)));
  const collected = await collectFiles(opts.patterns, { cwd, ignore: opts.ignore, configIgnores: async () => false });
  // Each file's kind as SpecLint tells it with no config at all, so a config already written does not answer for it.
  const config = defaultConfig();
  const files = collected.files.map((abs) => {
    let kind: DocKind | null = null;
    try {
      kind = lint(readFileSync(abs, 'utf8'), { rules: [], filePath: abs, config }).kind;
    } catch {
      // An unreadable file has no kind to offer; linting it will say what is wrong.
    }
    return { file: displayPath(cwd, abs), kind };
  });
  // The config is written here and its globs are read from here: folders above it cannot be named.
  const outside = files.find((f) => f.file.startsWith('../'));
  if (outside) throw new UsageError(`--init names folders under the current one, and ${outside.file} is not: run it from the folder that holds your docs`);
  if (!files.length) {
    err('speclint: no markdown files found, so there are no folders to name\n');
    return 2;
  }
  const folders = folderKinds(files);
  const lines = [`Read ${files.length} markdown file${files.length === 1 ? '' : 's'}.`];
  for (const f of folders) {
    lines.push(`  ${f.glob}: ${KIND_NAMES[f.kind]} (${f.agree} of ${f.files} files read as ${KIND_NAMES[f.kind]} one by one)`);
    // (What the kind will overrule first; the pages left out are in the config as written.)
    const shown = [...f.others].sort((a, b) => +f.excluded.includes(a.file) - +f.excluded.includes(b.file));
    for (const o of shown.slice(0, 5)) {
      lines.push(`      ${o.file} was read as ${o.kind ?? 'none'}; ${f.excluded.includes(o.file) ? 'the folder\'s own page, left out' : `it will be read as ${ONE[f.kind]}`}`);
    }
    if (f.others.length > 5) lines.push(`      and ${f.others.length - 5} more`);
  }
  const left = files.filter((x) => !folders.some((f) => inFolder(f.folder, x.file))).length;
  if (!folders.length) lines.push('  No folder holds mostly one kind of document: SpecLint will keep telling kinds file by file.');
  else if (left) lines.push(`  The other ${left} file${left === 1 ? '' : 's'}: told file by file, as before.`);
  out(`${lines.join('\n')}\n`);
  if (!folders.length) return 0;
  const text = `${JSON.stringify(initConfig(folders), null, 2)}\n`;
  if (existing) {
    err(`speclint: ${existing} already exists, so nothing was written. Add these kinds to it:\n${text}`);
    return 2;
  }
  const target = path.join(cwd, '.speclintrc.json');
  try {
    writeFileSync(target, text, { flag: 'wx' });
  } catch (e) {
    err(`speclint: cannot write ${target}: ${(e as Error).message}\n`);
    return 2;
  }
  out(`Wrote .speclintrc.json. Check the folders above: a folder's kind applies to every markdown file in it.\n`);
  return 0;
}
