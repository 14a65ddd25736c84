/**
 * Learns site chrome from a folder: a short paragraph that recurs word for word across
 * several articles of one outlet ("Advertisement", "To find out more about Facebook
 * commenting …"), or across a large share of the folder, is the site talking, not the
 * story. Passim likewise ignores reuse within one source.
 *
 * Shared agency copy must survive: long paragraphs are never marked, and a short one that
 * sits between shared long paragraphs (an AP subheading, a one-line quote) is story text.
 */
import type { CleanedArticle, Paragraph } from './article';
import { isComparedPart } from './article';
import { firstSentence, isHeadlineLike } from './text-shape';

/** Longest paragraph that can be chrome learned within one outlet. */
const MAX_OUTLET_CHROME = 300;
/** Longest paragraph that can be chrome learned across outlets. */
const MAX_FOLDER_CHROME = 80;
/** Paragraphs at least this long, found in two articles, count as shared story text. */
const MIN_SHARED_STORY = 80;
/** Repeats within one outlet that make a paragraph chrome. */
const MIN_REPEATS = 3;
/** Across outlets: in at least 2 % of the folder, and never fewer than 5 articles (small folders are one story). */
const FOLDER_SHARE = 0.02;
const MIN_FOLDER_REPEATS = 5;

function keyOf(p: Paragraph): string {
  return p.text.toLowerCase().replace(/\s+/g, ' ').trim();
}

interface Occurrence {
  article: number;
  /** Keys of the nearest story-length compared paragraphs before and after, if any. */
  before: string | null;
  after: string | null;
}

/** The nearest paragraph in one direction long enough to be story text (short chrome in between is skipped). */
function nearestLong(keys: readonly string[], from: number, step: 1 | -1): string | null {
  for (let i = from + step; i >= 0 && i < keys.length; i += step) {
    if (keys[i]!.length >= MIN_SHARED_STORY) return keys[i]!;
  }
  return null;
}

export function markRepeatedBoilerplate<T extends CleanedArticle>(articles: T[]): T[] {
  const occurrences = new Map<string, Occurrence[]>();
  articles.forEach((article, index) => {
    const compared = article.paragraphs.filter((p) => isComparedPart(p.part)).map(keyOf);
    const seen = new Set<string>();
    compared.forEach((key, i) => {
      if (seen.has(key)) return; // count each article once
      seen.add(key);
      const list = occurrences.get(key) ?? [];
      list.push({ article: index, before: nearestLong(compared, i, -1), after: nearestLong(compared, i, 1) });
      occurrences.set(key, list);
    });
  });

  const sharedStory = (key: string | null) =>
    key !== null && key.length >= MIN_SHARED_STORY && (occurrences.get(key)?.length ?? 0) >= 2;
  const folderRepeats = Math.max(MIN_FOLDER_REPEATS, Math.ceil(articles.length * FOLDER_SHARE));

  const chrome = new Set<string>();
  for (const [key, list] of occurrences) {
    if (key.length > MAX_OUTLET_CHROME || list.length < MIN_REPEATS) continue;
    // Story text runs on: a long paragraph next to shared story text, or a short one between two.
    const long = key.length >= MIN_SHARED_STORY;
    const embedded = list.filter((o) =>
      long ? sharedStory(o.before) || sharedStory(o.after) : sharedStory(o.before) && sharedStory(o.after),
    ).length;
    if (embedded * 2 >= list.length) continue;
    const perOutlet = new Map<string, number>();
    for (const o of list) {
      const outlet = articles[o.article]!.outlet;
      if (outlet) perOutlet.set(outlet, (perOutlet.get(outlet) ?? 0) + 1);
    }
    const outletRepeat = [...perOutlet.values()].some((n) => n >= MIN_REPEATS);
    const folderRepeat = key.length <= MAX_FOLDER_CHROME && list.length >= folderRepeats;
    if (outletRepeat || folderRepeat) chrome.add(key);
  }
  if (chrome.size === 0) return articles;

  return articles.map((article) => {
    let changed = false;
    const paragraphs = article.paragraphs.map((p) => {
      if (!isComparedPart(p.part) || !chrome.has(keyOf(p))) return p;
      changed = true;
      return { ...p, part: 'boilerplate' as const };
    });
    return changed ? withTitleRepaired(article, paragraphs) : article;
  });
}

/**
 * When the title or lead paragraph turned out to be chrome, the next headline before the
 * text becomes the title and the next body paragraph the lead.
 */
function withTitleRepaired<T extends CleanedArticle>(article: T, marked: Paragraph[]): T {
  let paragraphs = marked;
  const hadLead = article.paragraphs.some((p) => p.part === 'lead');
  if (hadLead && !paragraphs.some((p) => p.part === 'lead')) {
    const first = paragraphs.findIndex((p) => p.part === 'body');
    if (first >= 0 && paragraphs.some((p, i) => i > first && p.part === 'body')) {
      paragraphs = paragraphs.map((p, i) => (i === first ? { ...p, part: 'lead' as const } : p));
    }
  }
  if (paragraphs.some((p) => p.part === 'title')) return { ...article, paragraphs };
  const hadTitle = article.paragraphs.some((p) => p.part === 'title');
  const firstText = paragraphs.findIndex((p) => p.part === 'lead' || p.part === 'body');
  if (!hadTitle) {
    // The title was derived from the first text paragraph; derive it again if that one is gone.
    const oldFirst = article.paragraphs.findIndex((p) => p.part === 'lead' || p.part === 'body');
    const stale = oldFirst >= 0 && paragraphs[oldFirst]!.part === 'boilerplate';
    return {
      ...article,
      paragraphs,
      title: stale && firstText >= 0 ? firstSentence(paragraphs[firstText]!.text) : article.title,
    };
  }
  const limit = firstText === -1 ? paragraphs.length : firstText;
  const candidate = paragraphs.findIndex((p, i) => i < limit && p.part === 'heading' && isHeadlineLike(p.text));
  if (candidate >= 0) {
    const repaired = paragraphs.map((p, i) => (i === candidate ? { ...p, part: 'title' as const } : p));
    return { ...article, paragraphs: repaired, title: paragraphs[candidate]!.text };
  }
  const title = firstText >= 0 ? firstSentence(paragraphs[firstText]!.text) : article.title;
  return { ...article, paragraphs, title };
}
