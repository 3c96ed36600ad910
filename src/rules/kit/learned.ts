/**
 * A small learned reading of one sentence: a logistic model over its words and word pairs, trained
 * by `npm run train` (eval/train.ts) on the labelled sentences in eval/sentences. Patterns decide
 * what they can read; where a pattern finds nothing either way, this says how a reader labelled
 * sentences worded like this one. It is data, not code: a table of weights, no dependency.
 */

/** A trained model as `eval/train.ts` writes it. */
export interface LinearModel {
  /** What the model answers, for people reading the generated file. */
  readonly question: string;
  /** The score from which the answer is yes (a probability, 0–1). */
  readonly threshold: number;
  readonly bias: number;
  /** Weight per feature (see `sentenceFeatures`); features not listed weigh 0. */
  readonly weights: Readonly<Record<string, number>>;
}

/**
 * The features of a sentence, from its normalised words (`Sentence.words`, or the tokenizer's
 * `norm`): each word and each pair of neighbours, with the sentence's start and end as words, and
 * digits folded together ("3 resources" and "12 resources" read alike). Training and linting use
 * this one function, so they cannot read a sentence differently.
 */
export function sentenceFeatures(words: readonly string[]): string[] {
  const w = ['<s>', ...words.map((x) => x.replace(/[0-9]+/g, '0')), '</s>'];
  const out = new Set<string>();
  for (let i = 0; i < w.length; i++) {
    out.add(w[i]!);
    if (i + 1 < w.length) out.add(`${w[i]} ${w[i + 1]}`);
  }
  return [...out];
}

const tables = new WeakMap<LinearModel, Map<string, number>>();

/** The model's probability that the answer is yes for a sentence with these features (`sentenceFeatures`). */
export function probabilityOf(model: LinearModel, features: readonly string[]): number {
  let table = tables.get(model);
  if (!table) {
    // A Map, not the object: a feature named "constructor" must not find Object.prototype's.
    table = new Map(Object.entries(model.weights));
    tables.set(model, table);
  }
  let z = model.bias;
  for (const f of features) z += table.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** The model's probability that the answer is yes for a sentence with these words. */
export function probability(model: LinearModel, words: readonly string[]): number {
  return probabilityOf(model, sentenceFeatures(words));
}

/** Whether the model answers yes for a sentence with these words. */
export function says(model: LinearModel, words: readonly string[]): boolean {
  return probability(model, words) >= model.threshold;
}
