import { location } from 'vfile-location';
import type { Point, Range } from '../types.js';

/** Converts between UTF-16 offsets and 1-based line/column points. */
export class Locator {
  private readonly loc: ReturnType<typeof location>;
  constructor(private readonly text: string) {
    this.loc = location(text);
  }

  point(offset: number): Point {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const p = this.loc.toPoint(o);
    if (p) return { offset: o, line: p.line, column: p.column };
    // vfile-location returns undefined for the offset just past the end: count it ourselves.
    const before = this.text.lastIndexOf('\n', o - 1);
    let line = 1;
    for (let i = this.text.indexOf('\n'); i !== -1 && i < o; i = this.text.indexOf('\n', i + 1)) line++;
    return { offset: o, line, column: o - before };
  }

  range(start: number, end: number): Range {
    return { start: this.point(start), end: this.point(end) };
  }

  offset(line: number, column: number): number {
    const o = this.loc.toOffset({ line, column });
    return o === undefined ? this.text.length : o;
  }
}
