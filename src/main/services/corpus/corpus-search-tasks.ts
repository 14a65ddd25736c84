/**
 * The ranking's worker tasks: learn the folder's chrome, fingerprint a range of articles,
 * index the folder, band it, and sweep a range of it. Columns that other workers read are
 * allocated in shared memory; what goes back to the session alone is transferred.
 */
import { KeySet } from '../../../shared/article/key-set';
import { flattenKeyColumns } from '../../../shared/article/flatten-paragraph-keys';
import { learnChromePart } from '../../../shared/article/learn-repeated-chrome';
import { corpusFingerprint, unpackAnalysis } from '../../../shared/corpus/article-analysis';
import { chromeEffect } from '../../../shared/corpus/chrome-effect';
import { writePostingsPart } from '../../../shared/corpus/corpus-index';
import { findContained, findNearDuplicates, sketchCorpus } from '../../../shared/corpus/find-candidates';
import { packFingerprints } from '../../../shared/corpus/rank-pairs';
import { arrive, arriveAndWait } from './arrive-and-wait';
import { analysisAt, sharedKeyColumns } from './corpus-entries';
import { transferable } from './shared-memory';
import type {
  ChromeReply,
  ChromeRequest,
  FindReply,
  FindRequest,
  FingerprintReply,
  FingerprintRequest,
  IndexReply,
  IndexRequest,
  NearReply,
  NearRequest,
} from './worker-protocol';

export type SearchRequest = ChromeRequest | FingerprintRequest | IndexRequest | NearRequest | FindRequest;

interface Handled<R> {
  reply: R;
  transfer: ArrayBuffer[];
}

export function handleSearch(
  request: SearchRequest,
): Handled<ChromeReply | FingerprintReply | IndexReply | NearReply | FindReply> {
  switch (request.type) {
    case 'chrome':
      return learnChrome(request);
    case 'fingerprint':
      return fingerprintRange(request);
    case 'index':
      // Into shared memory, beside the other parts: every worker's share of the sweep reads them.
      writePostingsPart(request.corpus, request.postings, request.part, request.parts);
      return { reply: { done: true }, transfer: [] };
    case 'near': {
      const finds = findNearDuplicates(request.sketches, request.options);
      return { reply: { finds }, transfer: transferable(finds.from, finds.to, finds.share) };
    }
    case 'find': {
      const finds = findContained(request.corpus, request.index, request.options, request.from, request.to);
      return { reply: { finds }, transfer: transferable(finds.from, finds.to, finds.share) };
    }
  }
}

function learnChrome(request: ChromeRequest): Handled<ChromeReply> {
  const { part, parts, storyFlags, arrived } = request;
  let waited = false;
  const allMarked = () => {
    waited = true;
    arriveAndWait(arrived, parts);
  };
  try {
    const flat = flattenKeyColumns(sharedKeyColumns(request.analyses, request.outlets));
    const chrome = Float64Array.from(learnChromePart(flat, part, parts, storyFlags, allMarked));
    return { reply: { chrome }, transfer: [chrome.buffer] };
  } catch (error) {
    // The other parts must not wait for one that failed: the ranking fails at once instead.
    if (!waited) arrive(arrived);
    throw error;
  }
}

/** Looks nothing up: the fingerprints of an article that holds no chrome. */
const NO_CHROME = new KeySet([]);

function fingerprintRange(request: FingerprintRequest): Handled<FingerprintReply> {
  const chrome = new KeySet(request.chrome);
  const count = request.to - request.from;
  const fingerprints: Uint32Array[] = [];
  const retitle = new Uint8Array(count);
  for (let k = 0; k < count; k++) {
    const a = unpackAnalysis(analysisAt(request.analyses, request.from + k));
    const found = chromeEffect(a, chrome);
    retitle[k] = found.retitle ? 1 : 0;
    // The effect looked every paragraph up already: only an article holding chrome is looked at again.
    fingerprints.push(corpusFingerprint(a, found.held ? chrome : NO_CHROME));
  }
  const corpus = packFingerprints(fingerprints);
  const sketches = sketchCorpus(corpus);
  return {
    reply: { corpus, retitle, sketches },
    transfer: transferable(corpus.offsets, corpus.fps, retitle, sketches.sketches, sketches.sizes),
  };
}
