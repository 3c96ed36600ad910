/**
 * Glob matching in linear time. Globs come from config files (`kinds.*.files`, `ignores`),
 * and a regular-expression glob engine can be made to backtrack for minutes with a pattern
 * like `*a*a*a*a*a*a*a*a*c` against a long path. This matcher simulates the pattern as a
 * small automaton instead: its cost is path length × pattern length, whatever the pattern.
 *
 * Syntax: `*` (within one path segment), `**` (across segments), `**\/` (zero or more
 * folders), `?`, character classes `[abc]`, `[a-z]`, `[!x]`/`[^x]`, braces `{a,b}`, and `\`
 * to escape. Dot files match like any other file (picomatch's `dot: true`).
 */

type Token =
  | { t: 'lit'; c: string }
  | { t: 'one' }
  | { t: 'star' }
  | { t: 'globstar' }
  /** `**` followed by `/`: empty, or anything that ends with a slash. */
  | { t: 'dirs' }
  | { t: 'class'; negate: boolean; test: (c: string) => boolean };

const MAX_ALTERNATIVES = 64;

/** `{a,b}c` → `ac`, `bc` (nested braces too), at most MAX_ALTERNATIVES results. */
export function expandBraces(glob: string): string[] {
  let depth = 0;
  let open = -1;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '{') {
      if (depth++ === 0) open = i;
    } else if (c === '}' && depth > 0 && --depth === 0) {
      const inner = glob.slice(open + 1, i);
      const parts: string[] = [];
      let d = 0;
      let from = 0;
      for (let k = 0; k < inner.length; k++) {
        const ch = inner[k];
        if (ch === '\\') k++;
        else if (ch === '{') d++;
        else if (ch === '}') d--;
        else if (ch === ',' && d === 0) {
          parts.push(inner.slice(from, k));
          from = k + 1;
        }
      }
      parts.push(inner.slice(from));
      if (parts.length < 2) continue;
      const out: string[] = [];
      for (const p of parts) {
        for (const e of expandBraces(glob.slice(0, open) + p + glob.slice(i + 1))) {
          if (out.length >= MAX_ALTERNATIVES) return out;
          out.push(e);
        }
      }
      return out;
    }
  }
  return [glob];
}

function tokenize(glob: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '\\' && i + 1 < glob.length) {
      out.push({ t: 'lit', c: glob[++i]! });
    } else if (c === '*') {
      if (glob[i + 1] === '*') {
        while (glob[i + 1] === '*') i++;
        if (glob[i + 1] === '/') {
          i++;
          out.push({ t: 'dirs' });
        } else out.push({ t: 'globstar' });
      } else out.push({ t: 'star' });
    } else if (c === '?') {
      out.push({ t: 'one' });
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close === -1) {
        out.push({ t: 'lit', c });
        continue;
      }
      let body = glob.slice(i + 1, close);
      const negate = body[0] === '!' || body[0] === '^';
      if (negate) body = body.slice(1);
      const ranges: [string, string][] = [];
      for (let k = 0; k < body.length; k++) {
        if (body[k + 1] === '-' && k + 2 < body.length) {
          ranges.push([body[k]!, body[k + 2]!]);
          k += 2;
        } else ranges.push([body[k]!, body[k]!]);
      }
      out.push({ t: 'class', negate, test: (ch) => ranges.some(([a, b]) => ch >= a && ch <= b) });
      i = close;
    } else out.push({ t: 'lit', c });
  }
  return out;
}

/** A compiled glob: call it with a '/'-separated path. */
export function compileGlob(glob: string): (path: string) => boolean {
  const alternatives = expandBraces(glob).map(tokenize);
  return (path) => alternatives.some((tokens) => run(tokens, path));
}

function run(tokens: Token[], path: string): boolean {
  const n = tokens.length;
  let states = new Uint8Array(n + 1);
  let next = new Uint8Array(n + 1);
  const close = (set: Uint8Array) => {
    // Wildcards that may match nothing let the automaton step past them.
    for (let k = 0; k < n; k++) {
      const t = tokens[k]!.t;
      if (set[k] && (t === 'star' || t === 'globstar' || t === 'dirs')) set[k + 1] = 1;
    }
  };
  states[0] = 1;
  close(states);
  for (let i = 0; i < path.length; i++) {
    const ch = path[i]!;
    next.fill(0);
    let any = false;
    for (let k = 0; k < n; k++) {
      if (!states[k]) continue;
      const tok = tokens[k]!;
      switch (tok.t) {
        case 'lit':
          if (tok.c === ch) next[k + 1] = 1;
          break;
        case 'one':
          if (ch !== '/') next[k + 1] = 1;
          break;
        case 'class':
          if (ch !== '/' && tok.test(ch) !== tok.negate) next[k + 1] = 1;
          break;
        case 'star':
          if (ch !== '/') next[k] = 1;
          break;
        case 'globstar':
          next[k] = 1;
          break;
        case 'dirs':
          next[k] = 1;
          if (ch === '/') next[k + 1] = 1;
          break;
      }
    }
    close(next);
    for (let k = 0; k <= n; k++) if (next[k]) any = true;
    if (!any) return false;
    [states, next] = [next, states];
  }
  return states[n] === 1;
}
