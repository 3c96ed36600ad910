/**
 * Composes several passes of offset edits into one set of edits against the original text,
 * so "fix all" can hand VS Code a minimal WorkspaceEdit (never a whole-document replace)
 * even when later passes edit text that earlier passes inserted.
 *
 * Pure: no `vscode` import, so it is unit-tested in Node.
 */
import { applyFixes, type Diagnostic, type TextEdit } from '../../engine/index.js';

/** The current text as a run of pieces: copied from the original, or inserted by an edit. */
type Piece = { orig: [number, number] } | { ins: string };

export class EditComposer {
  private pieces: Piece[];

  constructor(private readonly original: string) {
    this.pieces = original.length ? [{ orig: [0, original.length] }] : [];
  }

  /** Applies non-overlapping edits given in the coordinates of the current (already edited) text. */
  apply(edits: readonly TextEdit[]): void {
    // Right to left, so earlier offsets stay valid.
    const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
    for (const e of sorted) this.replace(e.start, e.end, e.text);
  }

  /** The current text. */
  text(): string {
    return this.pieces.map((p) => ('orig' in p ? this.original.slice(p.orig[0], p.orig[1]) : p.ins)).join('');
  }

  /** Edits against the original text that produce the current text: sorted, disjoint, no no-ops. */
  edits(): TextEdit[] {
    const out: TextEdit[] = [];
    let origAt = 0; // where the last copied original piece ended
    let pending = ''; // text inserted since then
    const emit = (until: number) => {
      if ((until > origAt || pending) && this.original.slice(origAt, until) !== pending) {
        out.push({ start: origAt, end: until, text: pending });
      }
      pending = '';
    };
    for (const p of this.pieces) {
      if ('ins' in p) {
        pending += p.ins;
        continue;
      }
      emit(p.orig[0]);
      origAt = p.orig[1];
    }
    emit(this.original.length);
    return out;
  }

  private replace(start: number, end: number, text: string): void {
    const next: Piece[] = [];
    let at = 0; // offset of the current piece in the current text
    let inserted = false;
    const insert = () => {
      if (!inserted && text) next.push({ ins: text });
      inserted = true;
    };
    for (const p of this.pieces) {
      const len = 'orig' in p ? p.orig[1] - p.orig[0] : p.ins.length;
      const pStart = at;
      const pEnd = at + len;
      at = pEnd;
      // What lies before `start` stays in front of the new text, what lies after `end` behind it.
      if (pStart < start) next.push(pEnd <= start ? p : slice(p, 0, start - pStart));
      if (pEnd > end) {
        insert();
        next.push(pStart >= end ? p : slice(p, end - pStart, len));
      }
    }
    insert();
    this.pieces = next;
  }
}

function slice(p: Piece, from: number, to: number): Piece {
  if ('orig' in p) return { orig: [p.orig[0] + from, p.orig[0] + to] };
  return { ins: p.ins.slice(from, to) };
}

/**
 * Applies the safe fixes again and again (one `applyFixes` pass after each re-lint) until
 * nothing changes, and returns the composed minimal edits against `text`.
 */
export function composeFixAll(
  text: string,
  lintFn: (text: string) => Diagnostic[],
  maxPasses = 10,
): { output: string; edits: TextEdit[]; applied: number; passes: number } {
  const composer = new EditComposer(text);
  let current = text;
  let applied = 0;
  let passes = 0;
  while (passes < maxPasses) {
    const r = applyFixes(current, lintFn(current));
    if (r.applied.length === 0 || r.output === current) break;
    composer.apply(r.applied.flatMap((f) => f.edits));
    current = r.output;
    applied += r.applied.length;
    passes++;
  }
  return { output: current, edits: composer.edits(), applied, passes };
}
