/**
 * How German or English a text reads, from its commonest words: counted, never parsed. The
 * comparison picks its segmenter by which count is larger (guessLocale); the title rules ask
 * for clear evidence of English (false-title.ts).
 */
const GERMAN_HINTS = /\b(der|die|das|und|nicht|mit|ist|sich|auch|dem|den|ein|eine)\b/gi;
const ENGLISH_HINTS = /\b(the|and|of|to|is|that|with|for|was|on|are|be|it)\b/gi;

export function germanHints(sample: string): number {
  return sample.match(GERMAN_HINTS)?.length ?? 0;
}

export function englishHints(sample: string): number {
  return sample.match(ENGLISH_HINTS)?.length ?? 0;
}
