/** Words of masked prose: what phrase matching, the prefilter and the sentence readers count in. */

export interface Token {
  /** Absolute offsets in the document. */
  start: number;
  end: number;
  /** Lower-cased, curly apostrophes made straight. */
  norm: string;
  /** Only whitespace lies between this token and the previous one in the same block. */
  joined: boolean;
}

/** Contractions typed without the apostrophe ("cant we just…", "dont"), read as written with it. */
export const BARE_CONTRACTIONS: Readonly<Record<string, string>> = {
  cant: "can't", dont: "don't", doesnt: "doesn't", didnt: "didn't", isnt: "isn't", arent: "aren't", wasnt: "wasn't",
  werent: "weren't", shouldnt: "shouldn't", wouldnt: "wouldn't", couldnt: "couldn't", havent: "haven't", hasnt: "hasn't",
};

const TOKEN_RE = /[\p{L}\p{N}]+(?:['’ʼ\-][\p{L}\p{N}]+)*/gu;

export function tokenize(masked: string, base: number): Token[] {
  const tokens: Token[] = [];
  let prevEnd = -1;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(masked); m; m = TOKEN_RE.exec(masked)) {
    const start = m.index;
    const end = start + m[0].length;
    let joined = prevEnd >= 0;
    if (joined) {
      for (let i = prevEnd; i < start; i++) {
        const c = masked.charCodeAt(i);
        if (c !== 32 && c !== 9 && c !== 10 && c !== 13) {
          joined = false;
          break;
        }
      }
    }
    const norm = m[0].toLowerCase().replace(/[’ʼ]/g, "'");
    tokens.push({ start: base + start, end: base + end, norm: Object.hasOwn(BARE_CONTRACTIONS, norm) ? BARE_CONTRACTIONS[norm]! : norm, joined });
    prevEnd = end;
  }
  return tokens;
}
