/**
 * Saved web pages → clean article. Mozilla Readability (on linkedom, no browser needed)
 * finds the article in the page chrome; its HTML is then cut into blocks by element
 * (`<h2>` heading, `<figcaption>` caption, `<p>` text) and cleaned like any text file.
 */
import { createRequire } from 'node:module';
import { Readability } from '@mozilla/readability';
import type * as Linkedom from 'linkedom';
import type { CleanedArticle } from '../../shared/article/article';
import { cleanArticle, cleanBlocks, type ArticleHints, type SourceBlock } from '../../shared/article/clean-article';
import { collapseSpaces } from '../../shared/article/text-shape';

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/**
 * linkedom takes a sixth of a second to load, which every corpus worker would pay at start;
 * only folders with saved web pages need it, so it loads on the first one.
 */
const requireModule = createRequire(import.meta.url);
let linkedom: typeof Linkedom | null = null;

function parseHTML(html: string): ReturnType<typeof Linkedom.parseHTML> {
  linkedom ??= requireModule('linkedom') as typeof Linkedom;
  return linkedom.parseHTML(html);
}

const ELEMENT = 1;
const TEXT = 3;

/** Elements that start a new block; everything else is inline text within one. */
const BLOCK_TAGS = new Set(
  'address article aside blockquote body dd details div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);
const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'button',
  'select',
  'option',
  'head',
]);

export function readHtmlArticle(html: string, source: { path: string; fileName: string }): CleanedArticle {
  try {
    const { document } = parseHTML(asDocument(html));
    const titleFromPage = collapseSpaces(document.querySelector('title')?.textContent ?? '');
    const body = document.body as unknown as DomNode | null;
    let parsed: ReturnType<Readability<string>['parse']> = null;
    try {
      parsed = new Readability(document as unknown as Document).parse();
    } catch {
      parsed = null; // Readability gives up on some pages; the whole body is the fallback.
    }
    const root = parsed?.content
      ? (parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document.body as unknown as DomNode)
      : null;
    let blocks = htmlToBlocks(root ?? body);
    if (blocks.length === 0 && root) blocks = htmlToBlocks(body);

    const siteName = parsed?.siteName?.trim() || null;
    const title = stripSiteSuffix(collapseSpaces(parsed?.title ?? '') || titleFromPage, siteName);
    const byline = parsed?.byline ? collapseSpaces(parsed.byline) : '';
    // The page's byline (often its author meta tag) only where the text does not print it already.
    const printed = byline !== '' && blocks.some((b) => b.text.toLowerCase().includes(byline.toLowerCase()));
    if (byline && !printed) blocks.unshift({ text: byline, kind: 'credit' });
    if (title && collapseSpaces(blocks[0]?.text ?? '').toLowerCase() !== title.toLowerCase())
      blocks.unshift({ text: title, kind: 'title' });
    else if (blocks[0]) blocks[0] = { ...blocks[0], kind: 'title' };

    const published = parsed?.publishedTime ?? '';
    const hints: ArticleHints = {
      date: /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null,
      outlet: siteName,
    };
    return cleanBlocks(blocks, source, hints);
  } catch (error) {
    const plain = html.replace(/<[^>]*>/g, ' ');
    const article = cleanArticle(plain, source);
    return {
      ...article,
      warnings: [...article.warnings, `HTML could not be parsed (${String(error)}); read as plain text`],
    };
  }
}

/** linkedom builds a broken tree from fragments ("<p>…</p>" alone): give it a document with a body. */
function asDocument(html: string): string {
  if (/<body[\s>]/i.test(html)) return html;
  if (/<\/head\s*>/i.test(html)) return html.replace(/<\/head\s*>/i, '$&<body>');
  if (/<html[\s>]/i.test(html)) return html.replace(/<html[^>]*>/i, '$&<body>');
  return `<!doctype html><html><head></head><body>${html}</body></html>`;
}

/** "Biden und Putin telefonieren | taz.de" → "Biden und Putin telefonieren". */
export function stripSiteSuffix(title: string, siteName: string | null): string {
  const m = title.length > 300 ? null : /^(.{10,}?)\s+[|–—-]\s+([^|–—-]{2,40})$/u.exec(title);
  if (!m) return title;
  const suffix = m[2]!.trim().toLowerCase();
  const isSite = /^[\w-]+(?:\.[\w-]+)+$/.test(suffix) || (siteName !== null && suffix.includes(siteName.toLowerCase()));
  return isSite ? m[1]!.trim() : title;
}

/** Walks the DOM and emits one block per block-level element that holds text directly. */
export function htmlToBlocks(root: DomNode | null): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  if (!root) return blocks;
  let inline = '';
  let inlineKind: SourceBlock['kind'] = 'text';

  const flush = () => {
    // Old CMSs separate paragraphs with <br><br>; a single <br> is a line break inside one.
    for (const part of inline.split(/\n[ \t]*\n/)) {
      const text = collapseSpaces(part);
      if (text) blocks.push({ text, kind: inlineKind });
    }
    inline = '';
  };

  const visit = (node: DomNode, kind: SourceBlock['kind']) => {
    if (node.nodeType === TEXT) {
      inline += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const tag = node.nodeName.toLowerCase();
    if (SKIP_TAGS.has(tag)) return;
    if (tag === 'br') {
      inline += '\n';
      return;
    }
    if (!BLOCK_TAGS.has(tag)) {
      for (const child of Array.from(node.childNodes)) visit(child, kind);
      return;
    }
    flush();
    const childKind = kindOfTag(tag) ?? kind;
    inlineKind = childKind;
    for (const child of Array.from(node.childNodes)) visit(child, childKind);
    flush();
    inlineKind = kind;
  };

  visit(root, 'text');
  flush();
  return blocks;
}

function kindOfTag(tag: string): SourceBlock['kind'] | null {
  if (/^h[1-6]$/.test(tag)) return 'heading';
  if (tag === 'figcaption') return 'caption';
  if (tag === 'nav' || tag === 'footer') return 'chrome';
  return null;
}
