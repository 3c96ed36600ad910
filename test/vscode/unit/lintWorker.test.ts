/**
 * The lint worker and its client: what crosses the boundary is plain data and equals a direct
 * lint; stale requests are dropped; a request past its budget ends the worker, and a fresh one
 * serves what waits; a slow document never holds up another one. No wall-clock assertion: the
 * budgets only decide which outcome a request gets, and hangs are caught by mocha's timeout.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import * as esbuild from 'esbuild';
import { defaultConfig, fixUntilStable, lint, type LintResult, type ResolvedConfig } from '../../../src/engine/index.js';
import { rules } from '../../../src/rules/index.js';
import { LintWorkerState } from '../../../src/vscode/worker/handler.js';
import { MAX_SENT_DIAGNOSTICS, type WorkerReply, type WorkerRequest } from '../../../src/vscode/worker/protocol.js';
import { DEFAULT_MAX_LINT_TIME, LintClient, type SpawnWorker, type WorkerPort } from '../../../src/vscode/lint/lintClient.js';
import { nodeWorker } from '../../../src/vscode/lint/workerSpawn.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const example = (name: string) => readFileSync(path.join(ROOT, 'examples', name), 'utf8');
const direct = (text: string, config?: ResolvedConfig, filePath?: string) => lint(text, { rules, config, filePath });

describe('lint worker: the handler', () => {
  it('answers with plain data equal to a direct lint, for every example', () => {
    const state = new LintWorkerState();
    const config = defaultConfig();
    let id = 0;
    for (const name of ['bad-brief.md', 'good-brief.md', 'ticket.md', 'launch-note.md']) {
      const text = example(name);
      const reply = state.handle({ type: 'lint', id: ++id, key: name, text, configId: 1, config: id === 1 ? config : undefined, filePath: `/ws/${name}` });
      assert.equal(reply?.type, 'lint');
      const result = (reply as Extract<WorkerReply, { type: 'lint' }>).result;
      // What a postMessage would deliver: structured clone must not lose or change anything.
      assert.deepEqual(structuredClone(result), result);
      assert.deepEqual(result, direct(text, config, `/ws/${name}`));
    }
  });

  it('keeps each document\'s parse cache across messages: an edit sequence gets a fresh full lint\'s diagnostics', () => {
    const state = new LintWorkerState();
    let text = example('bad-brief.md');
    const config = defaultConfig();
    for (let i = 0; i < 12; i++) {
      const at = Math.floor((text.length * (i + 1)) / 14);
      text = text.slice(0, at) + (i % 3 === 0 ? '\n\nWe just need it simply done.\n\n' : 'x') + text.slice(at);
      const reply = state.handle({ type: 'lint', id: i, key: 'doc', text, configId: 7, config: i === 0 ? config : undefined });
      assert.equal(reply?.type, 'lint');
      assert.deepEqual((reply as Extract<WorkerReply, { type: 'lint' }>).result.diagnostics, direct(text, config).diagnostics, `edit ${i}`);
    }
  });

  it('refuses a config id it was never sent with an error reply, not a throw', () => {
    const reply = new LintWorkerState().handle({ type: 'lint', id: 3, text: 'x', configId: 42 });
    assert.equal(reply?.type, 'error');
    assert.match((reply as { message: string }).message, /config 42/);
  });

  it('fix all returns plain edits that give what --fix gives', () => {
    const state = new LintWorkerState();
    const text = example('bad-brief.md');
    const config = defaultConfig();
    state.handle({ type: 'lint', id: 1, key: 'd', text, configId: 1, config });
    const reply = state.handle({ type: 'fixAll', id: 2, key: 'd', text, configId: 1 }) as Extract<WorkerReply, { type: 'fixAll' }>;
    assert.equal(reply.type, 'fixAll');
    assert.ok(reply.applied > 0);
    let out = text;
    for (const e of [...reply.edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
    assert.equal(out, fixUntilStable(text, (t) => direct(t, config).diagnostics).output);
  });

  it('lists the lines a section marker may go on, from a full parse', () => {
    const state = new LintWorkerState();
    const text = '# Brief\n\nShoppers lose carts.\n\n```\ncode\n```\n\n- Parents in August\n';
    const reply = state.handle({ type: 'markable', id: 3, key: 'm', text, configId: 1, config: defaultConfig() }) as Extract<WorkerReply, { type: 'markable' }>;
    assert.equal(reply.type, 'markable');
    assert.deepEqual(reply.lines.map((l) => [l.line, l.preview]), [[3, 'Shoppers lose carts.'], [9, 'Parents in August']]);
  });

  it('sends at most MAX_SENT_DIAGNOSTICS diagnostics, the first ones, and says how many it left out', () => {
    const text = 'We just need it.\n\n'.repeat(MAX_SENT_DIAGNOSTICS + 25);
    const full = direct(text).diagnostics;
    assert.ok(full.length > MAX_SENT_DIAGNOSTICS, 'the premise: more diagnostics than are sent');
    const reply = new LintWorkerState().handle({ type: 'lint', id: 1, text, configId: 1, config: defaultConfig() }) as Extract<WorkerReply, { type: 'lint' }>;
    assert.equal(reply.result.diagnostics.length, MAX_SENT_DIAGNOSTICS);
    assert.equal(reply.omitted, full.length - MAX_SENT_DIAGNOSTICS);
    assert.deepEqual(reply.result.diagnostics, full.slice(0, MAX_SENT_DIAGNOSTICS));
  });

  it('forget drops a document\'s cache and answers nothing', () => {
    const state = new LintWorkerState();
    assert.equal(state.handle({ type: 'forget', key: 'nope' }), undefined);
  });
});

/** An in-process worker the test answers by hand: every request waits until the test replies. */
class ManualPort implements WorkerPort {
  readonly posted: WorkerRequest[] = [];
  terminated = false;
  private onMsg: (m: WorkerReply) => void = () => {};
  private onFail: (m: string) => void = () => {};
  private readonly state = new LintWorkerState();
  post(m: WorkerRequest) {
    this.posted.push(m);
  }
  onMessage(cb: (m: WorkerReply) => void) {
    this.onMsg = cb;
    queueMicrotask(() => cb({ type: 'ready' }));
  }
  onFailure(cb: (m: string) => void) {
    this.onFail = cb;
  }
  terminate() {
    this.terminated = true;
  }
  /** Answers the oldest unanswered request with a real lint. */
  answer(): void {
    const req = this.posted.shift()!;
    const reply = this.state.handle(req);
    if (reply) this.onMsg(reply);
  }
  crash(message: string) {
    this.onFail(message);
  }
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('lint worker: the client', () => {
  it('drops stale work: a newer request for a document replaces the one still waiting', async () => {
    const ports: ManualPort[] = [];
    const client = new LintClient(() => (ports.push(new ManualPort()), ports.at(-1)!), { budget: () => 60_000 });
    const config = defaultConfig();
    const first = client.lint({ key: 'a', text: 'We just need v1.\n', config });
    await tick();
    const second = client.lint({ key: 'a', text: 'We just need v2.\n', config });
    const third = client.lint({ key: 'a', text: 'We just need v3, simply.\n', config });
    assert.deepEqual(await second, { ok: false, reason: 'superseded' });
    const port = ports[0]!;
    assert.equal(port.posted.length, 1, 'only the running request was sent');
    port.answer();
    const r1 = await first;
    assert.ok(r1.ok);
    await tick();
    assert.equal(port.posted.length, 1, 'then only the newest');
    assert.equal((port.posted[0] as { text: string }).text, 'We just need v3, simply.\n');
    assert.equal((port.posted[0] as { config?: unknown }).config, undefined, 'the config was sent once');
    port.answer();
    const r3 = await third;
    assert.ok(r3.ok);
    const { omitted: _o, ...result } = r3.value;
    assert.deepEqual(result, direct('We just need v3, simply.\n', config));
    client.dispose();
  });

  it('a lint a code action waits for does not drop the lint to publish (separate queues)', async () => {
    const ports: ManualPort[] = [];
    const client = new LintClient(() => (ports.push(new ManualPort()), ports.at(-1)!), { budget: () => 60_000 });
    const config = defaultConfig();
    const running = client.lint({ key: 'other', text: 'busy\n', config });
    await tick();
    const publish = client.lint({ key: 'a', text: 'We just need it.\n', config });
    const ask = client.lint({ key: 'a', text: 'We just need it.\n', config, queue: 'ask' });
    for (let i = 0; i < 3; i++) {
      await tick();
      ports[0]!.answer();
    }
    for (const r of await Promise.all([running, publish, ask])) assert.ok(r.ok, JSON.stringify(r));
    client.dispose();
  });

  it('the default budget is the one package.json declares for speclint.maxLintTime', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.equal(pkg.contributes.configuration.properties['speclint.maxLintTime'].default, DEFAULT_MAX_LINT_TIME);
  });

  it('a worker that fails is replaced; the request it held fails with the reason, the next one runs', async () => {
    const ports: ManualPort[] = [];
    const client = new LintClient(() => (ports.push(new ManualPort()), ports.at(-1)!), { budget: () => 60_000 });
    const config = defaultConfig();
    const a = client.lint({ key: 'a', text: 'one\n', config });
    await tick();
    const b = client.lint({ key: 'b', text: 'We just need two.\n', config });
    ports[0]!.crash('out of memory');
    assert.deepEqual(await a, { ok: false, reason: 'failed', message: 'out of memory' });
    await tick();
    assert.equal(ports.length, 2, 'a fresh worker');
    assert.ok(ports[1]!.posted[0] && (ports[1]!.posted[0] as { config?: unknown }).config, 'the config is sent again to the new worker');
    ports[1]!.answer();
    const rb = await b;
    assert.ok(rb.ok && rb.value.diagnostics.length === direct('We just need two.\n', config).diagnostics.length);
    client.dispose();
  });
});

describe('lint worker: real worker threads', function () {
  this.timeout(60_000);
  let dir: string;
  let workerFile: string;
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'speclint-worker-'));
    workerFile = path.join(dir, 'worker.js');
    await esbuild.build({ entryPoints: [path.join(ROOT, 'src/vscode/worker/node.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: workerFile, logLevel: 'silent' });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('lints in the bundled worker thread, with the very result of a direct lint', async () => {
    // (A first lint in a cold worker on a busy machine can pass SLOW_MS and move the document to the heavy lane,
    // which failed this test by chance; the slow-lane rule has its own test with a stepped clock below.)
    const client = new LintClient(nodeWorker(workerFile), { budget: () => 30_000, slowMs: 30_000 });
    // (Disposed whatever happens: a worker left running would keep mocha from exiting.)
    try {
      const text = example('bad-brief.md');
      const config = defaultConfig();
      const r = await client.lint({ key: 'file:///ws/bad-brief.md', text, config, filePath: '/ws/bad-brief.md' });
      assert.ok(r.ok, JSON.stringify(r));
      const { omitted, ...result } = r.value;
      assert.equal(omitted, 0);
      assert.deepEqual(result, direct(text, config, '/ws/bad-brief.md'));
      const fix = await client.fixAll({ key: 'file:///ws/bad-brief.md', text, config });
      assert.ok(fix.ok && fix.value.applied > 0);
      assert.deepEqual(client.starts, { main: 1, heavy: 0 });
    } finally {
      client.dispose();
    }
  });

  /**
   * A stand-in worker that never finishes a request whose text is "hang" (what a lint the
   * guards missed looks like from the host) and answers the rest with a real lint.
   */
  const HANGING = `
    const { parentPort } = require('node:worker_threads');
    const { LintWorkerState } = require(${JSON.stringify('')} + process.env.SPECLINT_HANDLER);
    const state = new LintWorkerState();
    parentPort.on('message', (m) => {
      if (m.text === 'hang') for (;;) {}
      const r = state.handle(m);
      if (r) parentPort.postMessage(r);
    });
    parentPort.postMessage({ type: 'ready' });`;

  function hangingSpawn(handlerFile: string): SpawnWorker {
    return () => {
      const w = new Worker(HANGING, { eval: true, env: { ...process.env, SPECLINT_HANDLER: handlerFile } });
      w.unref();
      return {
        post: (m) => w.postMessage(m),
        onMessage: (cb) => w.on('message', cb),
        onFailure: (cb) => {
          w.on('error', (e) => cb(e.message));
          w.on('exit', (c) => cb(`exit ${c}`));
        },
        terminate: () => void w.terminate(),
      };
    };
  }

  it('a document whose lint was slow moves to the heavy lane, and the others stay (a stepped clock, no real time)', async () => {
    // Each reading of the clock is 100 ms after the last, so by it every lint takes 100 ms or more: over slowMs
    // 50, whatever the machine's real speed.
    let t = 0;
    const client = new LintClient(nodeWorker(workerFile), { budget: () => 30_000, slowMs: 50, now: () => (t += 100) });
    try {
      const config = defaultConfig();
      assert.ok((await client.lint({ key: 'slow', text: 'We just need it.\n', config })).ok);
      assert.deepEqual(client.starts, { main: 1, heavy: 0 }, 'the first lint runs in the main lane');
      assert.ok((await client.lint({ key: 'slow', text: 'We just need it now.\n', config })).ok);
      assert.deepEqual(client.starts, { main: 1, heavy: 1 }, 'after a slow lint, the document runs in the heavy lane');
    } finally {
      client.dispose();
    }
  });

  it('past the budget the worker is ended and restarted; a big document never holds up a small one', async () => {
    const handlerFile = path.join(dir, 'handler.js');
    await esbuild.build({ entryPoints: [path.join(ROOT, 'src/vscode/worker/handler.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: handlerFile, logLevel: 'silent' });
    // heavyChars 3: "hang" (4 characters) goes to the heavy lane, like a large file would.
    const client = new LintClient(hangingSpawn(handlerFile), { budget: () => 4_000, heavyChars: 3 });
    const config = defaultConfig();
    const monster = client.lint({ key: 'monster', text: 'hang', config });
    // While the heavy lane spins, the main lane answers (a brief opened next to a monster file).
    const brief = await client.lint({ key: 'brief', text: 'ok', config });
    assert.ok(brief.ok, 'the small document was linted while the big one ran');
    const m = await monster;
    assert.equal(m.ok, false);
    assert.equal(!m.ok && m.reason, 'timeout');
    // The heavy lane starts a fresh worker for the next request, and that one works.
    const again = await client.lint({ key: 'other', text: 'We just need it.\n'.repeat(1), config, filePath: undefined });
    assert.ok(again.ok);
    const heavyAgain = await client.lint({ key: 'monster', text: 'We just need it.', config });
    assert.ok(heavyAgain.ok, 'the monster, now small, lints again in a fresh worker');
    assert.equal(client.starts.heavy, 2, 'the heavy lane was restarted once');
    client.dispose();
  });
});

// Keep the type import used (LintResult documents what `value` holds above).
export type _Result = LintResult;
