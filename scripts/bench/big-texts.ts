/**
 * Megabyte articles for the big-pair cases, built from the shared corpus: its distinct
 * paragraphs (AP copy repeated across outlets is taken once), topped up with ciphered copies
 * so the text reaches the size without repeating itself. Edits follow
 * src/shared/corpus/mutate-text.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanWordHashes } from '../../src/shared/comparison/tokenize-fast';
import {
  editWords,
  makeCipher,
  restyle,
  seededRandom,
  sentencesOf,
  type Random,
} from '../../src/shared/corpus/mutate-text';

/** Paragraphs of the corpus folder whose word trigrams are mostly new (≤ 10 % seen before). */
export function distinctParagraphs(folder: string): string[] {
  const seen = new Set<number>();
  const out: string[] = [];
  for (const file of readdirSync(folder).sort()) {
    for (const block of readFileSync(join(folder, file), 'utf8').split(/\n\s*\n/)) {
      const text = block.trim().replace(/\s+/g, ' ');
      if (text.length < 60) continue;
      const grams: number[] = [];
      const window: number[] = [];
      scanWordHashes(text, (hash) => {
        window.push(hash);
        if (window.length > 3) window.shift();
        if (window.length === 3) grams.push((Math.imul(window[0]!, 31) + Math.imul(window[1]!, 7) + window[2]!) | 0);
      });
      if (grams.length === 0 || grams.filter((g) => seen.has(g)).length > grams.length / 10) continue;
      for (const gram of grams) seen.add(gram);
      out.push(text);
    }
  }
  return out;
}

/** About `chars` characters of paragraphs: the distinct ones, then ciphered rounds of them. */
export function bigParagraphs(source: readonly string[], chars: number, cipherSeed: number): string[] {
  const out: string[] = [];
  let total = 0;
  for (let round = 0; total < chars && source.length > 0; round++) {
    const cipher = makeCipher(cipherSeed * 100 + round + 1);
    for (const paragraph of source) {
      if (total >= chars) break;
      const text = round === 0 && cipherSeed === 0 ? paragraph : cipher(paragraph);
      out.push(text);
      total += text.length + 2;
    }
  }
  return out;
}

/** Every paragraph edited (2–4 word edits), some split, merged or moved, house style changed. */
export function heavyEdit(paragraphs: readonly string[], seed: number): string[] {
  const random = seededRandom(seed);
  const out = paragraphs.map((p) => restyle(editWords(p, random, 2 + Math.floor(random() * 3)), random));
  return restructure(out, random);
}

/** A fifth of the paragraphs get one word edit; the rest stays verbatim. */
export function lightEdit(paragraphs: readonly string[], seed: number): string[] {
  const random = seededRandom(seed);
  return paragraphs.map((p) => (random() < 0.2 ? editWords(p, random, 1) : p));
}

/** Splits, merges and moves, as a desk does with agency copy. */
export function restructure(paragraphs: string[], random: Random): string[] {
  const out: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i]!;
    const roll = random();
    const sentences = sentencesOf(paragraph);
    if (roll < 0.1 && sentences.length > 1) {
      const cut = 1 + Math.floor(random() * (sentences.length - 1));
      out.push(sentences.slice(0, cut).join(' '), sentences.slice(cut).join(' '));
    } else if (roll < 0.15 && i + 1 < paragraphs.length) {
      out.push(`${paragraph} ${paragraphs[++i]!}`);
    } else out.push(paragraph);
  }
  // Move a tenth of the paragraphs a few places.
  for (let k = 0; k < out.length / 10; k++) {
    const from = Math.floor(random() * out.length);
    const [moved] = out.splice(from, 1);
    out.splice(Math.min(out.length, from + 1 + Math.floor(random() * 5)), 0, moved!);
  }
  return out;
}
