import { describe, expect, it } from 'vitest';
import type { CleanedArticle, Paragraph, ParagraphPart } from './article';
import { isComparedPart } from './article';
import { learnRepeatedChrome } from './learn-repeated-chrome';
import { applyRepeatedChrome, paragraphKeyHash, paragraphKeysOf } from './mark-repeated-boilerplate';
import { repairedTitle, titleHintsOf } from './title-hints';

function article(paragraphs: [ParagraphPart, string][], title = 'derived'): CleanedArticle {
  const ps: Paragraph[] = paragraphs.map(([part, text]) => ({ part, text }));
  return { title, date: null, dateline: null, credits: [], outlet: 'example.com', paragraphs: ps, warnings: [] };
}

/** The repair from hints, for an article and learned chrome. */
function fromHints(a: CleanedArticle, chrome: ReadonlySet<number>): string | null {
  const compared = a.paragraphs.filter((p) => isComparedPart(p.part));
  const marks = compared.map((p) => chrome.has(paragraphKeyHash(p.text).hash));
  return repairedTitle(
    a.title,
    compared.map((p) => p.part),
    marks,
    titleHintsOf(a),
  );
}

const CHROME_TITLE = 'Enter City and State or Zip Code';

describe('repairedTitle', () => {
  const cases: [string, CleanedArticle][] = [
    [
      'title was chrome, a heading takes over',
      article(
        [
          ['title', CHROME_TITLE],
          ['heading', 'Real headline'],
          ['lead', 'The story begins here with its own words.'],
        ],
        CHROME_TITLE,
      ),
    ],
    [
      'title was chrome, no heading: the first sentence of the text',
      article(
        [
          ['title', CHROME_TITLE],
          ['body', 'The story begins here. It goes on.'],
        ],
        CHROME_TITLE,
      ),
    ],
    [
      'derived title whose paragraph was chrome',
      article([
        ['body', CHROME_TITLE],
        ['body', 'The real first sentence of the story. And more.'],
      ]),
    ],
    ['nothing marked', article([['body', 'The story. And more.']], 'The story.')],
  ];

  it.each(cases)('matches applyRepeatedChrome: %s', (_, a) => {
    const chrome = new Set([paragraphKeyHash(CHROME_TITLE).hash]);
    expect(fromHints(a, chrome)).toBe(applyRepeatedChrome(a, chrome).title);
  });

  it('asks for the article when the hints do not reach', () => {
    const many: [ParagraphPart, string][] = Array.from({ length: 8 }, () => ['body', CHROME_TITLE]);
    const a = article([...many, ['body', 'Finally the story.']]);
    const chrome = new Set([paragraphKeyHash(CHROME_TITLE).hash]);
    expect(fromHints(a, chrome)).toBeNull();
  });

  it('matches on chrome learned across a folder', () => {
    const folder = [1, 2, 3].map((n) =>
      article([
        ['title', CHROME_TITLE],
        ['heading', `Headline ${n}`],
        ['lead', `Story ${n} starts here and tells its own tale.`],
      ]),
    );
    const chrome = learnRepeatedChrome(folder.map(paragraphKeysOf));
    for (const a of folder) expect(fromHints(a, chrome)).toBe(applyRepeatedChrome(a, chrome).title);
  });
});
