/** Formatting for the results: numbers, markdown tables, the machine. */
import { cpus, freemem, platform, release, arch, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';
import type { Sample } from './timing.js';

export function ms(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  if (v < 1) return v.toFixed(3);
  if (v < 10) return v.toFixed(2);
  if (v < 100) return v.toFixed(1);
  return Math.round(v).toLocaleString('en-US');
}

export function sample(s: Sample | null | undefined, note = ''): string {
  if (!s) return '—';
  return `${ms(s.median)}${note} (${s.runs})`;
}

export function ratio(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  if (v >= 100) return `${Math.round(v).toLocaleString('en-US')}×`;
  if (v >= 10) return `${v.toFixed(1)}×`;
  if (v >= 0.1) return `${v.toFixed(2)}×`;
  return `${v.toPrecision(2)}×`;
}

export function size(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}

/** A markdown table; `align` has one letter per column (l or r), by default text left, numbers right. */
export function table(head: string[], rows: string[][], align?: string): string {
  const esc = (c: string) => c.replace(/\|/g, '\\|');
  const a = align ?? head.map((_, i) => (i === 0 ? 'l' : 'r')).join('');
  const rule = head.map((_, i) => (a[i] === 'r' ? '--:' : '---')).join('|');
  return [`| ${head.map(esc).join(' | ')} |`, `|${rule}|`, ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`)].join('\n');
}

export function machine(): string {
  let model = cpus()[0]?.model?.trim() ?? 'unknown CPU';
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) model = m[1]!.trim();
  } catch {
    // not Linux
  }
  const gb = (b: number) => (b / 1024 ** 3).toFixed(1);
  return `${model}, nproc ${cpus().length}, ${gb(totalmem())} GB RAM (${gb(freemem())} GB free at start), ${platform()} ${release()} ${arch()}, Node ${process.version}`;
}

export function duration(totalMs: number): string {
  const s = Math.round(totalMs / 1000);
  return s >= 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s} s`;
}
