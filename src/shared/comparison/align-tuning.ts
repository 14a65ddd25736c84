/** Thresholds and bounds of the sentence alignment, in one place for tuning. */

export interface AlignTuning {
  /**
   * Candidate search reads the postings of a sentence's rarest grams first and stops after
   * this many postings, so common grams cost nothing and the search stays linear.
   */
  postingBudget: number;
  /**
   * …and this many between megabyte articles (more than hugeLimit sentence pairs): the rarest
   * grams already single out a copy there, and reading 1000 postings per sentence was a third
   * of comparing two such articles.
   */
  hugePostingBudget: number;
  hugeLimit: number;
  /** Right candidates scored exactly per left sentence (index search on large articles). */
  candidatesPerSentence: number;
  /**
   * Up to this many sentence pairs (left × right), shared grams are counted exactly for all
   * pairs at once by merging two sorted gram tables: faster than the index on article-sized
   * input. Above it the index search keeps the work linear.
   */
  denseLimit: number;
  /** A pair that is the best for both sentences needs at least this score. */
  mutualMin: number;
  /** A pair that is the best for one of its sentences needs at least this score. */
  oneSidedMin: number;
  /**
   * Two unlinked sentences between aligned neighbours (anchored-pairs.ts), each the other's
   * best, need only this: a paraphrase of the same report.
   */
  anchoredMin: number;
  /**
   * A pair this strong (at least oneSidedMin) counts against maxLinksPerSentence, a weaker one
   * against maxWeakLinksPerSentence: a lead printed many times links to every copy.
   */
  strongMin: number;
  /** Containment of the smaller sentence counts at this weight (splits score low on Dice). */
  containmentWeight: number;
  /** …and only when the smaller sentence has at least this many grams (~6 words). */
  containmentMinGrams: number;
  /** Sentences per side of one merged passage. */
  maxPassageSentences: number;
  /** Links per sentence: bounds the work when a sentence repeats many times. */
  maxLinksPerSentence: number;
  /**
   * Links under strongMin per sentence. A sentence split in two has two; more weak partners
   * are sentences that only share names (a news aggregator's snippets all naming the same
   * two presidents), which would all crowd onto it.
   */
  maxWeakLinksPerSentence: number;
}

/** Tuned on the seed corpus: true pairs score ≥ 0.4, unrelated German sentences ≤ 0.3. */
export const DEFAULT_ALIGN_TUNING: AlignTuning = {
  postingBudget: 1000,
  hugePostingBudget: 300,
  hugeLimit: 20_000_000,
  candidatesPerSentence: 8,
  denseLimit: 40_000,
  mutualMin: 0.3,
  oneSidedMin: 0.4,
  anchoredMin: 0.25,
  strongMin: 0.6,
  containmentWeight: 0.75,
  containmentMinGrams: 40,
  maxPassageSentences: 6,
  maxLinksPerSentence: 8,
  maxWeakLinksPerSentence: 2,
};
