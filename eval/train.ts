/**
 * `npm run train -- <scan folder>`: trains the learned reading of "resource(s)" that
 * `no-people-as-resources` consults (src/rules/kit/learned.ts) and writes
 * src/rules/kit/people-model.ts.
 *
 * What it learns from:
 * - every labelled sentence in eval/sentences/*.jsonl holding "resource" or "resources" in the
 *   author's own voice: yes when its label (settled, else the second reader's, else the first's)
 *   includes no-people-as-resources, no otherwise;
 * - as further "no" examples, every such sentence in half of the wide scan's repositories
 *   (eval/scan/repos.json: the 1st, 3rd, 5th…), extracted as eval/README.md describes. Design
 *   documents use "resource" for things (API objects, files, compute) far more often than the
 *   labelled sentences do; without them the model reads most technical "resources" as people.
 *   The other half of the scan is never trained on, so false alarms can be counted on it.
 *
 * Sentences are read exactly as the rule reads them: each document or sentence is linted with a
 * collecting rule built like the phrasing rules, so the words are the rule's `Sentence.words`.
 * Training is deterministic (a seeded order, fixed epochs): the same data gives the same file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { lint } from '../src/engine/index.js';
import { phraseRule } from '../src/rules/kit/index.js';
import { sentenceFeatures, probabilityOf, type LinearModel } from '../src/rules/kit/learned.js';
import { PEOPLE_MODEL } from '../src/rules/kit/people-model.js';

const ROOT = path.dirname(new URL(import.meta.url).pathname);
const OUT = path.join(ROOT, '..', 'src', 'rules', 'kit', 'people-model.ts');
const RULE = 'no-people-as-resources';
/** The score from which the rule takes "resources" as people (chosen by leave-one-round-out runs, eval/README.md). */
const THRESHOLD = 0.7;
const L2 = 0.001;
const EPOCHS = 15;
const RATE = 0.5;
/** Weights smaller than this are left out of the file (they change no score by more than a rounding). */
const KEEP = 0.005;
/** A feature must occur in this many training sentences to be learned. */
const MIN_COUNT = 5;

/** The words of every sentence in `text` where "resource(s)" is in the author's voice (as the rule sees it). */
function sentencesIn(text: string): string[][] {
  const found: string[][] = [];
  const collect = phraseRule<null>({
    id: 'train-collect',
    meta: { description: '', rationale: '', category: 'phrasing', defaultSeverity: 'warning', fixable: false, optionsSchema: {}, defaultOptions: {}, examples: { bad: [], good: [] } },
    phrases: [{ phrase: 'resources', data: null }, { phrase: 'resource', data: null }],
    extraData: () => null,
    check(_ctx, hits) {
      const seen = new Set<number>();
      for (const h of hits) if (!seen.has(h.sentence.start)) {
        seen.add(h.sentence.start);
        found.push(h.sentence.words);
      }
    },
  });
  lint(text, { rules: [collect] });
  return found;
}

interface Example { features: string[]; yes: boolean; round?: string }

function labelled(): { examples: Example[]; files: string[] } {
  const examples: Example[] = [];
  const dir = path.join(ROOT, 'sentences');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  for (const f of files) {
    for (const line of fs.readFileSync(path.join(dir, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const s = JSON.parse(line) as { text: string; rules: string[]; context?: string; second?: { rules: string[] }; settled?: { rules: string[] } };
      if (s.context === 'launch') continue;
      const yes = (s.settled?.rules ?? s.second?.rules ?? s.rules).includes(RULE);
      for (const words of sentencesIn(`${s.text}\n`)) examples.push({ features: sentenceFeatures(words), yes, round: f.replace(/\.jsonl$/, '') });
    }
  }
  return { examples, files };
}

function background(folder: string): { examples: Example[]; repos: string[] } {
  const scanned = JSON.parse(fs.readFileSync(path.join(ROOT, 'scan', 'repos.json'), 'utf8')) as { repo: string; commit: string }[];
  const repos = scanned.filter((_, i) => i % 2 === 0);
  const examples: Example[] = [];
  const walk = (d: string): string[] => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(d, e.name);
    return e.isDirectory() ? walk(p) : /\.md$/i.test(e.name) ? [p] : [];
  });
  for (const { repo, commit } of repos) {
    const dir = path.join(folder, repo.replace('/', '+'));
    if (!fs.existsSync(dir)) throw new Error(`missing ${dir}: extract ${repo} at ${commit} (eval/README.md, "The wide scan")`);
    for (const file of walk(dir).sort()) {
      for (const words of sentencesIn(fs.readFileSync(file, 'utf8'))) examples.push({ features: sentenceFeatures(words), yes: false });
    }
  }
  return { examples, repos: repos.map((r) => `${r.repo}@${r.commit.slice(0, 12)}`) };
}

/** A small seeded generator (mulberry32), so the order of examples and so the weights repeat. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Logistic regression by stochastic gradient descent with per-feature step sizes (AdaGrad) and L2. */
export function train(all: readonly Example[], seed = 1): { bias: number; weights: Map<string, number> } {
  // Only features seen in at least MIN_COUNT examples: one-off words say nothing about new sentences.
  const count = new Map<string, number>();
  for (const x of all) for (const f of x.features) count.set(f, (count.get(f) ?? 0) + 1);
  const examples = all.map((x) => ({ ...x, features: x.features.filter((f) => count.get(f)! >= MIN_COUNT) }));
  const w = new Map<string, number>();
  const g2 = new Map<string, number>();
  let bias = 0;
  let gb = 0;
  const random = seeded(seed);
  const order = examples.map((_, i) => i);
  for (let e = 0; e < EPOCHS; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const x = examples[i]!;
      let z = bias;
      for (const f of x.features) z += w.get(f) ?? 0;
      const g = 1 / (1 + Math.exp(-z)) - (x.yes ? 1 : 0);
      for (const f of x.features) {
        const wi = w.get(f) ?? 0;
        const gi = g + L2 * wi;
        const a = (g2.get(f) ?? 0) + gi * gi;
        g2.set(f, a);
        w.set(f, wi - (RATE * gi) / Math.sqrt(a + 1e-8));
      }
      gb += g * g;
      bias -= (RATE * g) / Math.sqrt(gb + 1e-8);
    }
  }
  return { bias, weights: w };
}

/** The model as shipped: weights rounded and those smaller than KEEP left out. */
function shipped(trained: { bias: number; weights: Map<string, number> }): LinearModel {
  const kept = [...trained.weights].filter(([, v]) => Math.abs(v) >= KEEP).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    question: 'Does "resource(s)" in this sentence mean people?',
    threshold: THRESHOLD,
    bias: Number(trained.bias.toFixed(3)),
    weights: Object.fromEntries(kept.map(([k, v]) => [k, Number(v.toFixed(3))])),
  };
}

/**
 * Leave one round out: for each blind round, train on everything else and score the round with the
 * model as it would ship, so the numbers say how it reads sentences it never saw (the model alone,
 * on sentences with "resource(s)").
 */
function leaveOneRoundOut(own: Example[], bg: Example[]): void {
  // Every blind round (test-d … test-z, test-aa … test-cs), in the order they were labelled.
  const blind = (r: string): boolean => /^test-([d-z]|[a-z]{2})$/.test(r);
  const rounds = [...new Set(own.map((x) => x.round!))].filter(blind).sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const tally = new Map<number, number[]>();
  // The model as it ships now, scored on the same rounds: rounds it was trained on flatter it, so
  // compare the two on rounds labelled after it was last trained (its header names its rounds).
  const now = new Map<string, number[]>();
  for (const r of rounds) {
    const model = shipped(train([...own.filter((x) => x.round !== r), ...bg]));
    for (const x of own.filter((y) => y.round === r)) {
      const p = probabilityOf(model, x.features);
      for (const th of [0.5, 0.6, 0.7, 0.8, 0.9]) {
        const t = tally.get(th) ?? [0, 0, 0];
        if (p >= th) t[x.yes ? 0 : 1]!++;
        if (x.yes) t[2]!++;
        tally.set(th, t);
      }
      const t = now.get(r) ?? [0, 0, 0, 0, 0];
      if (probabilityOf(PEOPLE_MODEL, x.features) >= PEOPLE_MODEL.threshold) t[x.yes ? 0 : 1]!++;
      if (p >= THRESHOLD) t[x.yes ? 2 : 3]!++;
      if (x.yes) t[4]!++;
      now.set(r, t);
    }
  }
  const pct = (a: number, b: number): string => `${(100 * a / (b || 1)).toFixed(1)} % (${a}/${b})`;
  console.log(`weights kept at |w| >= ${KEEP}: ${Object.keys(shipped(train([...own, ...bg])).weights).length}`);
  for (const [th, [tp, fp, pos]] of tally) console.log(`  threshold ${th}: precision ${pct(tp!, tp! + fp!)}, recall ${pct(tp!, pos!)} over ${rounds.length} rounds`);
  const since = (from: string): void => {
    const sum = [0, 0, 0, 0, 0];
    for (const r of rounds.slice(rounds.indexOf(from))) now.get(r)!.forEach((v, i) => (sum[i]! += v));
    const [stp, sfp, ltp, lfp, pos] = sum as [number, number, number, number, number];
    console.log(`  from ${from} on, at ${THRESHOLD}: shipped model ${pct(stp, stp + sfp)} precision, ${pct(stp, pos)} recall; left one round out ${pct(ltp, ltp + lfp)} precision, ${pct(ltp, pos)} recall`);
  };
  const after = process.argv.find((a) => a.startsWith('--since='))?.slice('--since='.length);
  if (after && rounds.includes(after)) since(after);
}

function main(): void {
  const folder = process.argv[2];
  if (!folder || !fs.existsSync(folder)) {
    console.error('usage: npm run train -- <scan folder with <owner>+<name> sub-folders> (eval/README.md, "The wide scan")');
    process.exit(2);
  }
  const { examples: own, files } = labelled();
  const { examples: bg, repos } = background(folder);
  if (process.argv.includes('--loro')) return leaveOneRoundOut(own, bg);
  const trained = train([...own, ...bg]);
  const model = shipped(trained);
  const body = Object.entries(model.weights).map(([k, v]) => `    ${JSON.stringify(k)}: ${v},`).join('\n');
  const yes = own.filter((x) => x.yes).length;
  fs.writeFileSync(
    OUT,
    `/**
 * Generated by \`npm run train\` (eval/train.ts); do not edit. Retrain after labelling new sentences.
 * Trained on ${own.length} labelled sentences holding "resource(s)" (${yes} of them people called resources)
 * from ${files.join(', ')},
 * and ${bg.length} sentences holding "resource(s)" from the design documents of ${repos.length} repositories of the wide scan:
 * ${repos.join(', ')}.
 */
import type { LinearModel } from './learned.js';

export const PEOPLE_MODEL: LinearModel = {
  question: '${model.question}',
  threshold: ${model.threshold},
  bias: ${model.bias},
  weights: {
${body}
  },
};
`,
  );
  console.log(`${own.length} labelled sentences (${yes} yes), ${bg.length} from the scan; ${Object.keys(model.weights).length} weights kept of ${trained.weights.size}; wrote ${path.relative(process.cwd(), OUT)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) main();
