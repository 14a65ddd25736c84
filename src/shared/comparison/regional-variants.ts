/**
 * A small, hand-kept table of regional spellings that mean the same word. Matching only:
 * the display text is never changed. Keys are lower case; each variant maps to one canonical
 * key so that both spellings fold to the same match key.
 *
 * Kept deliberately short: only unambiguous words that wire copy really varies on
 * (Austrian months, "heuer"), and the commonest British/American spellings. A multi-word
 * canonical ("dieses jahr") is written without a space so that, with compound folding on,
 * "heuer" and "dieses Jahr" compare equal as runs.
 */
export interface RegionalVariant {
  variant: string;
  canonical: string;
  /** Where the variant is used: de-AT, de-CH, en-GB, … */
  region: string;
}

export const REGIONAL_VARIANTS: readonly RegionalVariant[] = [
  { variant: 'jänner', canonical: 'januar', region: 'de-AT' },
  { variant: 'jänners', canonical: 'januars', region: 'de-AT' },
  { variant: 'feber', canonical: 'februar', region: 'de-AT' },
  { variant: 'febers', canonical: 'februars', region: 'de-AT' },
  { variant: 'heuer', canonical: 'diesesjahr', region: 'de-AT/de-CH' },
  { variant: 'heurig', canonical: 'diesjährig', region: 'de-AT' },
  { variant: 'heurigen', canonical: 'diesjährigen', region: 'de-AT' },
  { variant: 'spital', canonical: 'krankenhaus', region: 'de-AT/de-CH' },
  { variant: 'velo', canonical: 'fahrrad', region: 'de-CH' },
  { variant: 'parkieren', canonical: 'parken', region: 'de-CH' },
  { variant: 'sonnabend', canonical: 'samstag', region: 'de-DE (north)' },
  { variant: 'colour', canonical: 'color', region: 'en-GB' },
  { variant: 'favour', canonical: 'favor', region: 'en-GB' },
  { variant: 'labour', canonical: 'labor', region: 'en-GB' },
  { variant: 'centre', canonical: 'center', region: 'en-GB' },
  { variant: 'defence', canonical: 'defense', region: 'en-GB' },
  { variant: 'offence', canonical: 'offense', region: 'en-GB' },
  { variant: 'programme', canonical: 'program', region: 'en-GB' },
  { variant: 'organise', canonical: 'organize', region: 'en-GB' },
  { variant: 'organised', canonical: 'organized', region: 'en-GB' },
  { variant: 'organisation', canonical: 'organization', region: 'en-GB' },
  { variant: 'recognise', canonical: 'recognize', region: 'en-GB' },
  { variant: 'recognised', canonical: 'recognized', region: 'en-GB' },
  { variant: 'travelled', canonical: 'traveled', region: 'en-GB' },
  { variant: 'travelling', canonical: 'traveling', region: 'en-GB' },
];

const CANONICAL = new Map(REGIONAL_VARIANTS.map((v) => [v.variant, v.canonical]));

/** The canonical key of a lower-case word, or the word itself when it has no variant. */
export function regionalCanonical(lowerWord: string): string {
  return CANONICAL.get(lowerWord) ?? lowerWord;
}
