/**
 * Candidate pairs of a corpus without comparing all pairs, with both one-way shares
 * estimated. Two nets:
 *  - containment: each article looks up its winnowed fingerprints in an inverted index and
 *    counts what every other article shares with it, so both one-way shares are measured.
 *    Winnowing guarantees that a copied run of about half a sentence shares a fingerprint:
 *    a short piece inside a long one is found from the short side. Only fingerprints too
 *    common to afford are skipped, by a work budget for the whole folder rather than a fixed
 *    cap, so a small folder still finds an agency lead that is in hundreds of its files;
 *  - near-duplicates: LSH banding over one-permutation MinHash sketches, which also catches
 *    copies whose shared fingerprints were all too common to read.
 * Directed finds ("this much of i is in j") are merged into pairs. Typed arrays throughout.
 */
import { buildBands, buildPostings, type AllocateU32, type Postings } from './corpus-index';
import { containmentFromJaccard, sketchFingerprints, sketchSimilarity, SKETCH_BINS } from './minhash-sketch';
import { EdgeBuffer, mergeEdges, type Candidates } from './candidate-edges';
import { concatRecords } from './concat-columns';

export type { Candidates } from './candidate-edges';

export interface CorpusFingerprints {
  /** Article k's fingerprints are fps[offsets[k] … offsets[k + 1]), sorted and distinct. */
  offsets: Uint32Array;
  fps: Uint32Array;
}

export interface CandidateOptions {
  /**
   * Postings read in all (the sum of df² over the fingerprints read). Fingerprints are read
   * from the rarest up to the most common that keeps within this: a small folder reads all
   * of them, a folder of a hundred thousand skips its stock phrases.
   */
  maxWork: number;
  /** Fingerprints in more articles are never read (a line in every file is chrome, not copy). */
  maxPostings: number;
  /** A directed find needs this many shared fingerprints (fewer for texts with few)… */
  minShared: number;
  /** …and at least this estimated share of the article's text. */
  minEstimate: number;
  /** LSH: with 32 bands × 4 rows, pairs at Jaccard 0.5 collide 88 % of the time, at 0.7 always. */
  bands: number;
  rows: number;
  /** Larger buckets (one text in thousands of files) are skipped rather than paired out. */
  maxBucket: number;
}

export const DEFAULT_CANDIDATE_OPTIONS: CandidateOptions = {
  maxWork: 300_000_000,
  maxPostings: 20_000,
  minShared: 2,
  minEstimate: 0.05,
  bands: 32,
  rows: 4,
  maxBucket: 1000,
};

export function findCandidates(corpus: CorpusFingerprints, options: Partial<CandidateOptions> = {}): Candidates {
  const n = corpus.offsets.length - 1;
  const index = indexCorpus(corpus, options);
  const sketches = sketchCorpus(corpus);
  return mergeFinds([findNearDuplicates(sketches, options), findContained(corpus, index, options, 0, n)], sketches);
}
/** Finds from → to with the share of `from` found in `to`; share −1: found by banding, no count. */
export interface DirectedFinds {
  from: Uint32Array;
  to: Uint32Array;
  share: Float32Array;
}

/** Every article's one-permutation MinHash sketch and fingerprint count: what merging estimates from. */
export interface CorpusSketches {
  sketches: Uint32Array;
  sizes: Uint32Array;
}

/**
 * The postings of a folder and the longest posting list read: built once, then read by
 * every share of the containment sweep (workers write it in parts into shared memory).
 */
export interface CorpusIndex extends Postings {
  cap: number;
}

export function indexCorpus(corpus: CorpusFingerprints, options: Partial<CandidateOptions>): CorpusIndex {
  return indexOfPostings(buildPostings(corpus), options);
}

/** The index of postings built (perhaps in parts, by several workers). */
export function indexOfPostings(postings: Postings, options: Partial<CandidateOptions>): CorpusIndex {
  return { ...postings, cap: postingCap(postings.lists, { ...DEFAULT_CANDIDATE_OPTIONS, ...options }) };
}

/** The parts' finds merged into pairs; a side nobody measured gets its MinHash containment. */
export function mergeFinds(parts: readonly DirectedFinds[], corpus: CorpusSketches): Candidates {
  const { sketches, sizes } = corpus;
  return mergeEdges(concatFinds(parts), (i, j) => {
    const jaccard = sketchSimilarity(sketches, i * SKETCH_BINS, j * SKETCH_BINS);
    return containmentFromJaccard(jaccard, sizes[i]!, sizes[j]!);
  });
}

/** Sketches of consecutive ranges of articles, as one (`allocate`: where workers read them). */
export function concatSketches(
  parts: readonly CorpusSketches[],
  allocate: AllocateU32 = (length) => new Uint32Array(length),
): CorpusSketches {
  return concatRecords(parts, { sketches: Uint32Array, sizes: Uint32Array }, allocate);
}

/** Every article's sketch and fingerprint count (workers sketch ranges of a folder). */
export function sketchCorpus(corpus: CorpusFingerprints): CorpusSketches {
  const n = corpus.offsets.length - 1;
  const sizes = new Uint32Array(n);
  const sketches = new Uint32Array(n * SKETCH_BINS);
  for (let i = 0; i < n; i++) {
    const fps = corpus.fps.subarray(corpus.offsets[i]!, corpus.offsets[i + 1]!);
    sizes[i] = fps.length;
    sketchFingerprints(fps, SKETCH_BINS, sketches.subarray(i * SKETCH_BINS, (i + 1) * SKETCH_BINS));
  }
  return { sketches, sizes };
}

/** The near-duplicate finds of the whole folder, by banding its sketches. */
export function findNearDuplicates(sketched: CorpusSketches, options: Partial<CandidateOptions>): DirectedFinds {
  const full = { ...DEFAULT_CANDIDATE_OPTIONS, ...options };
  const n = sketched.sizes.length;
  const bands = buildBands(sketched.sketches, sketched.sizes, full.bands, full.rows, full.maxBucket);
  const edges = new EdgeBuffer();
  // A near-copy agrees on most bands: one find per partner, not one per band.
  const seenBy = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    bands.forEachPartner(i, (j) => {
      if (j <= i || seenBy[j] === i) return;
      seenBy[j] = i;
      edges.push(i, j, -1);
    });
  }
  return edges.finds();
}

function concatFinds(parts: readonly DirectedFinds[]): DirectedFinds {
  return parts.length === 1
    ? parts[0]!
    : concatRecords(parts, { from: Uint32Array, to: Uint32Array, share: Float32Array });
}

/**
 * Directed finds i → j with the estimated share of i's fingerprints found in j, for the
 * articles i in [first, end): a share of the sweep, so that workers can split a folder.
 * Merging the shares (with the near-duplicate finds) gives what one sweep gives.
 */
export function findContained(
  corpus: CorpusFingerprints,
  index: CorpusIndex,
  partial: Partial<CandidateOptions>,
  first: number,
  end: number,
): DirectedFinds {
  const options = { ...DEFAULT_CANDIDATE_OPTIONS, ...partial };
  const n = corpus.offsets.length - 1;
  const { docs, lists, cap } = index;
  const edges = new EdgeBuffer();
  const shared = new Uint32Array(n);
  const touched = new Uint32Array(n);
  for (let i = first; i < end; i++) {
    const from = corpus.offsets[i]!;
    const to = corpus.offsets[i + 1]!;
    // Fingerprints only this article has count as read: they are evidence of what is not shared.
    let read = 0;
    let count = 0;
    for (let e = from; e < to; e++) {
      const length = lists[2 * e + 1]!;
      if (length > cap) continue;
      read++;
      if (length === 1) continue;
      for (let p = lists[2 * e]!, end = p + length; p < end; p++) {
        const j = docs[p]!;
        if (j === i) continue;
        if (shared[j] === 0) touched[count++] = j;
        shared[j]!++;
      }
    }
    // Like the exhaustive prefilter: two shared shingles, one for texts too short for two.
    const minShared = Math.max(1, Math.min(options.minShared, Math.ceil(read / 10)));
    for (let t = 0; t < count; t++) {
      const j = touched[t]!;
      const common = shared[j]!;
      const share = common / read;
      if (common >= minShared && share >= options.minEstimate) edges.push(i, j, share);
      shared[j] = 0;
    }
  }
  return edges.finds();
}

/** The largest posting length whose lists, with all shorter ones, fit in maxWork reads (`lists` as in Postings). */
export function postingCap(lists: Uint32Array, options: Pick<CandidateOptions, 'maxWork' | 'maxPostings'>): number {
  // Each entry of a list of length d costs d reads: d² per fingerprint, d per entry.
  const work = new Float64Array(options.maxPostings + 1);
  for (let e = 1; e < lists.length; e += 2) {
    const length = lists[e]!;
    if (length >= 2 && length <= options.maxPostings) work[length]! += length;
  }
  let total = 0;
  for (let length = 2; length <= options.maxPostings; length++) {
    total += work[length]!;
    if (total > options.maxWork) return length - 1;
  }
  return options.maxPostings;
}
