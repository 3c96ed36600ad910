/**
 * Who a document is written by and for, read from the whole text: phrasing rules weigh a word
 * differently in an engineer's own design proposal than in a PM's brief.
 */
import type { SpecDocument } from '../../engine/document/document.js';
import type { DocKind } from '../../engine/types.js';

/** What a PM writes for engineering: here "should be easy to build" is said of someone else's work. */
const PRODUCT_TITLE = /\b(?:prd|product requirements?|brief|pitch|one[- ]pager|product outline|initiative|requirements|user stor(?:y|ies)|(?:product|project) proposal)\b/i;

/**
 * What engineers call their own design proposals (`SpecDocument.kindLabel`). A title that calls itself a
 * proposal is one: of the 19 such documents in eval/docs, readers filed 16 as design proposals, and none
 * held a phrasing problem (a product or project proposal is a PM's, see PRODUCT_TITLE).
 */
const ENGINEERING_NAMES = new Set(['RFC', 'ADR', 'KEP', 'PEP', 'design doc', 'proposal']);

const memo = new WeakMap<SpecDocument, boolean>();

/** The document's own titles: its title heading and a front-matter `title:`. */
const titlesOf = (doc: SpecDocument) => {
  const fm = doc.frontMatter?.data;
  return [doc.titleHeading?.title, typeof fm?.title === 'string' ? fm.title : undefined];
};

/**
 * The document is engineers' own technical design: a proposal, RFC or design doc (or a technical
 * guide) full of code. Its authors are the people who will build what it describes, so "this is a
 * trivial change to the parser" or "we can just store the name" is their own judgement of their
 * own work, not pressure on someone else's. Tickets never count: a request filed with a project
 * is addressed to whoever does the work.
 *
 * Read from the raw text (code fences and inline code), not the tree: a partial parse leaves out
 * blocks that hold no trigger.
 */
export function engineersOwnDesign(doc: SpecDocument, kind: DocKind | null): boolean {
  if (kind === 'ticket') return false;
  let yes = memo.get(doc);
  if (yes === undefined) {
    const text = doc.text;
    const titles = titlesOf(doc);
    let fences = 0;
    for (const m of text.matchAll(/^ {0,3}(?:```|~~~)/gm)) if (m && ++fences >= 4) break;
    let inline = 0;
    if (fences < 4) for (const m of text.matchAll(/`[^`\n]+`/g)) if (m && ++inline >= 12) break;
    // Two code blocks (an opening and a closing fence each), or a dozen inline code spans.
    const product = doc.kindLabel === 'PRD' || titles.some((t) => t && PRODUCT_TITLE.test(t));
    // An RFC, ADR, KEP, PEP or design doc is engineers' own proposal, with or without code.
    yes = !product && (ENGINEERING_NAMES.has(doc.kindLabel) || fences >= 4 || inline >= 12);
    memo.set(doc, yes);
  }
  return yes;
}

/**
 * A launch note tells what was built and shipped; it asks no one for work. The rules about work asked
 * of others (made small, demanded, its estimate haggled over, a date pressed on it) do not read it:
 * in the launch notes and launch-post sentences readers labelled (eval/), none of those findings
 * was right. "resources" for people and the credit rule still apply.
 */
export function asksForWork(kind: DocKind | null): boolean {
  return kind !== 'launch';
}

/** A call for bids: "RFP-2: Kudos Widget", "Request for Proposals", "Call for papers", an `RFP ID:` field. */
const CALL_FOR_BIDS = /\b(?:rfps?|request for (?:proposals?|quotes?|bids?)|call for (?:proposals?|papers|applications|bids))\b/i;
const bidsMemo = new WeakMap<SpecDocument, boolean>();

/**
 * The document invites bids or applications (an RFP, a call for proposals): its dates close the steps of
 * that process for whoever applies ("Proponents submit their Proposals — Deadline: Wednesday May 24"),
 * not delivery dates pressed on a team. Readers labelled every such date in the corpus's RFPs harmless.
 */
export function callForBids(doc: SpecDocument): boolean {
  let yes = bidsMemo.get(doc);
  if (yes === undefined) {
    const fm = doc.frontMatter?.data;
    const titles = titlesOf(doc);
    yes = titles.some((t) => !!t && CALL_FOR_BIDS.test(t)) || (!!fm && Object.keys(fm).some((k) => /^rfp\b/i.test(k)));
    bidsMemo.set(doc, yes);
  }
  return yes;
}
