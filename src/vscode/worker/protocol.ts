/**
 * The messages between the extension host and the lint worker. Everything here is plain data
 * (structured-clone safe): text and config go in, diagnostics with their fixes as offset edits
 * come out. No `vscode` import, no Node-only API: the same protocol runs over a Node worker
 * thread (desktop) and a Web Worker (VS Code for the Web).
 */
import type { LintResult, MarkableLine, ResolvedConfig, TextEdit } from '../../engine/index.js';

/**
 * At most this many diagnostics cross back per document. VS Code shows at most 1,000 per file
 * anyway; turning tens of thousands into editor objects would block the extension host, which
 * is what the worker is there to prevent. One more line says how many were left out.
 */
export const MAX_SENT_DIAGNOSTICS = 999;

/** A config travels once per worker: later requests name it by `configId`. */
export interface ConfigRef {
  configId: number;
  /** Sent the first time this worker sees `configId`. */
  config?: ResolvedConfig;
}

export interface LintRequest extends ConfigRef {
  type: 'lint';
  id: number;
  /** The open document this text belongs to: the worker keeps its parse cache under this key. Absent for a one-off lint. */
  key?: string;
  text: string;
  filePath?: string;
}

export interface FixAllRequest extends ConfigRef {
  type: 'fixAll';
  id: number;
  key?: string;
  text: string;
  filePath?: string;
}

/** The lines of a document where a `speclint-section` marker may go (for the "already stated" picker). */
export interface MarkableRequest extends ConfigRef {
  type: 'markable';
  id: number;
  key?: string;
  text: string;
  filePath?: string;
}

/** A document closed: drop its parse cache. */
export interface ForgetRequest {
  type: 'forget';
  key: string;
}

export type WorkerRequest = LintRequest | FixAllRequest | MarkableRequest | ForgetRequest;

export type WorkerReply =
  | { type: 'ready' }
  /** `omitted`: diagnostics left out past MAX_SENT_DIAGNOSTICS (the result holds the first ones, in document order). */
  | { type: 'lint'; id: number; result: LintResult; omitted: number; ms: number }
  | { type: 'fixAll'; id: number; edits: TextEdit[]; applied: number; ms: number }
  | { type: 'markable'; id: number; lines: MarkableLine[]; ms: number }
  | { type: 'error'; id: number; message: string };
