/**
 * A made-up folder for warming the reading and ranking code before the user opens one: the
 * seed articles (the app's own demo corpus) rewritten in the shapes real folders come in.
 * The JIT learns a code path only by running it, and four clean demo files run few of them;
 * wrapped lines, link markup, text-browser frames, bylines, credits, captions, page chrome,
 * split and reordered paragraphs and unrelated stories all run more. Deterministic, and made
 * only of the seed texts and the lines below, written for this project.
 */
import { editWords, makeCipher, pick, restyle, seededRandom, sentencesOf, shuffled, type Random } from './mutate-text';

/** Lines a page puts above the text: navigation, sharing, stamps and bylines. */
const ABOVE = [
  'Startseite',
  'Teilen',
  'Share on Facebook',
  '29.12.2025, 10:42 Uhr',
  'Updated 5:02 PM ET',
  'Von Anna Beispiel',
  'By Jane Example | Wire Service',
  'Aktualisiert am 30.12.2025',
];

/** Lines a page puts below the text: agency credits, captions, teasers, tails. */
const BELOW = [
  '(dpn/afp)',
  '(Reuters, APA, red)',
  'Foto: dpn/Max Muster',
  'Bild: Keystone/Erika Probe',
  'Mehr zum Thema - Weitere Berichte aus der Region',
  'Leave a Reply',
  'Copyright 2025 Beispiel Medien. All rights reserved.',
  'Lesen Sie auch: Was der Winter kostet',
];

const LINK_LIST = ['## LINKS', '[1] https://example.org/startseite', '[2] https://example.org/region'];

/** `count` article texts made from `seeds` (each a whole article file's text). */
export function warmUpTexts(seeds: readonly string[], count: number): string[] {
  const stories = seeds.map(paragraphsOf).filter((paragraphs) => paragraphs.length > 1);
  if (stories.length === 0) return [];
  const random = seededRandom(count);
  return Array.from({ length: count }, (_, i) => warmUpText(stories[i % stories.length]!, i, random));
}

function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

function warmUpText(story: readonly string[], index: number, random: Random): string {
  const [title, ...rest] = story;
  let body = rest;
  if (random() < 0.4) body = body.map((paragraph) => editWords(paragraph, random, 3));
  if (random() < 0.3) body = body.flatMap(splitInTwo);
  if (random() < 0.3) body = shuffled(body, random);
  if (random() < 0.4) body = body.map((paragraph) => restyle(paragraph, random));
  if (random() < 0.3) body = body.map(withLinkMarkup);
  const above = random() < 0.6 ? [pick(random, ABOVE)] : [];
  const below = random() < 0.7 ? [pick(random, BELOW), pick(random, BELOW)] : [];
  if (random() < 0.1) below.push(...LINK_LIST);
  let paragraphs = [random() < 0.2 ? `# ${title!}` : title!, ...above, ...body, ...below];
  // Another story of the same shape: pairs that share nothing, as most of a folder's do.
  if (random() < 0.15) paragraphs = paragraphs.map(makeCipher(index));
  if (random() < 0.25) {
    const width = 60 + Math.floor(random() * 20);
    paragraphs = paragraphs.map((paragraph) => wrapped(paragraph, width));
  }
  const text = `${paragraphs.join('\n\n')}\n`;
  // A text-browser dump: every line framed, no blank line kept between paragraphs.
  if (random() < 0.1) return text.replace(/\n\n/g, '\n').replace(/^(.*)$/gm, '| $1 |');
  return random() < 0.1 ? text.replace(/\n/g, '\r\n') : text;
}

function splitInTwo(paragraph: string): string[] {
  const sentences = sentencesOf(paragraph);
  if (sentences.length < 3) return [paragraph];
  return [sentences.slice(0, 2).join(' '), sentences.slice(2).join(' ')];
}

/** The paragraph's first long capitalised word as a Markdown link. */
function withLinkMarkup(paragraph: string): string {
  return paragraph.replace(/(\p{Lu}\p{Ll}{4,})/u, '[$1](https://example.org/thema)');
}

/** Hard-wrapped at `width` characters, as mail and text exports do. */
function wrapped(paragraph: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}
