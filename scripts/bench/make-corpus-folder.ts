/**
 * A synthetic folder of many articles, built from the shared corpus: each "story" is one
 * real article letter-substituted into its own vocabulary (so stories do not share the summit's words,
 * as a real archive covers many events), printed in 1–30 versions that reorder, split, merge
 * and edit paragraphs, change house style (ß→ss, quotes) or take only an excerpt. Very short
 * lines (site chrome) stay as they were, which gives the folder chrome to learn. Files are written one by one, never held in memory.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  editWords,
  makeCipher,
  restyle,
  seededRandom,
  sentencesOf,
  shuffled,
  type Random,
} from '../../src/shared/corpus/mutate-text';

export interface FolderStats {
  files: number;
  stories: number;
  bytes: number;
}

export async function makeCorpusFolder(corpus: string, folder: string, files: number, seed = 1): Promise<FolderStats> {
  const sources = await readSources(corpus);
  await mkdir(folder, { recursive: true });
  const random = seededRandom(seed);
  // Story sizes: many singletons, a long tail of widely printed copy.
  const names = shuffledNames(files, random);
  let written = 0;
  let stories = 0;
  let bytes = 0;
  while (written < files) {
    const source = sources[stories % sources.length]!;
    const storySeed = seed * 1_000_003 + stories;
    const base = cipherStory(source.text, storySeed);
    const versions = Math.min(files - written, storySize(random));
    for (let v = 0; v < versions; v++) {
      const text = v === 0 ? base : mutateVersion(base, seededRandom(storySeed * 31 + v));
      await writeFile(join(folder, `${names[written]!}_${source.outlet}.txt`), text);
      bytes += text.length;
      written++;
    }
    stories++;
  }
  return { files: written, stories, bytes };
}

async function readSources(corpus: string): Promise<{ text: string; outlet: string }[]> {
  const out: { text: string; outlet: string }[] = [];
  for (const sub of ['helsinki-2018', 'seeds']) {
    const dir = join(corpus, sub);
    for (const name of (await readdir(dir).catch(() => [])).sort()) {
      if (!name.endsWith('.txt')) continue;
      const outlet = name.replace(/^\d+_/, '').replace(/\.txt$/, '');
      out.push({ text: await readFile(join(dir, name), 'utf8'), outlet });
    }
  }
  if (out.length === 0) throw new Error(`no corpus at ${corpus}`);
  return out;
}

/** 1 to 30 versions, geometric-ish: about half the stories are printed once. */
function storySize(random: Random): number {
  let size = 1;
  while (size < 30 && random() < 0.72) size++;
  return size;
}

function shuffledNames(count: number, random: Random): string[] {
  return shuffled(
    Array.from({ length: count }, (_, i) => String(i).padStart(6, '0')),
    random,
  );
}

/**
 * Text gets the story's own words; very short lines (site chrome: "Advertisement") stay.
 * Every word is ciphered, function words too: stories ciphered from one source would
 * otherwise share its word order ("said that the …") and look related.
 */
function cipherStory(text: string, seed: number): string {
  const cipher = makeCipher(seed);
  return text
    .split(/\n\s*\n/)
    .map((block) => (block.length < 30 ? block : cipher(block)))
    .join('\n\n');
}

/** One outlet's version: edits, house style, splits, merges, moves, or just an excerpt. */
function mutateVersion(base: string, random: Random): string {
  let paragraphs = base.split(/\n\s*\n/);
  if (random() < 0.15) {
    // An excerpt: a run of a third of the paragraphs (the short piece inside the long one).
    const length = Math.max(1, Math.floor(paragraphs.length / 3));
    const from = Math.floor(random() * (paragraphs.length - length + 1));
    paragraphs = paragraphs.slice(from, from + length);
  }
  const out: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    let paragraph = paragraphs[i]!;
    if (paragraph.length >= 60 && random() < 0.35)
      paragraph = editWords(paragraph, random, 1 + Math.floor(random() * 3));
    const roll = random();
    const sentences = sentencesOf(paragraph);
    if (roll < 0.08 && sentences.length > 1) {
      const cut = 1 + Math.floor(random() * (sentences.length - 1));
      out.push(sentences.slice(0, cut).join(' '), sentences.slice(cut).join(' '));
    } else if (roll < 0.12 && i + 1 < paragraphs.length) out.push(`${paragraph} ${paragraphs[++i]!}`);
    else if (roll < 0.16)
      continue; // dropped
    else out.push(paragraph);
  }
  if (random() < 0.2 && out.length > 2) {
    const [moved] = out.splice(1 + Math.floor(random() * (out.length - 1)), 1);
    out.splice(Math.floor(random() * out.length), 0, moved!);
  }
  const text = out.join('\n\n');
  return random() < 0.4 ? restyle(text, random) : text;
}
