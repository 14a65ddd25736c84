import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from './clean-article';
import { isLinkListLine } from './strip-link-markup';
import { normaliseText } from './text-to-blocks';
import { unframeTextDump } from './unframe-text-dump';

const source = { path: '/corpus/bericht.txt', fileName: 'bericht.txt' };

describe('cleanArticle', () => {
  it('reads a metadata prefix, title, lead, teaser and credit line', () => {
    const text = [
      ' date 2021-12 Telefonat: Biden und Putin reden morgen',
      '',
      'Washington – US-Präsident Joe Biden will mit Putin telefonieren. Das teilte das Weiße Haus mit.',
      '',
      'Der Kreml bestätigte das Telefonat.',
      '',
      'Mehr zum Thema - Ein anderer Artikel über Russland',
      '',
      '(rt/dpa)',
    ].join('\n');
    expect(cleanArticle(text, source)).toEqual({
      title: 'Telefonat: Biden und Putin reden morgen',
      date: '2021-12',
      dateline: 'Washington',
      credits: ['rt', 'dpa'],
      outlet: null,
      paragraphs: [
        { text: 'date 2021-12', part: 'boilerplate' },
        { text: 'Telefonat: Biden und Putin reden morgen', part: 'title' },
        {
          text: 'Washington – US-Präsident Joe Biden will mit Putin telefonieren. Das teilte das Weiße Haus mit.',
          part: 'lead',
        },
        { text: 'Der Kreml bestätigte das Telefonat.', part: 'body' },
        { text: 'Mehr zum Thema - Ein anderer Artikel über Russland', part: 'boilerplate' },
        { text: '(rt/dpa)', part: 'credit' },
      ],
      warnings: [],
    });
  });

  it('cleans a framed text-browser dump', () => {
    const dump = [
      '| # zeitung.de -- Gipfel: Die Präsidenten telefonieren | |',
      '| > Die Präsidenten wollen am Donnerstag telefonieren. | |',
      '| Bild: Zwei Präsidenten, AP | |',
      '| Berlin afp | Angesichts der Spannungen um die Ukraine werden | |',
      '| beide telefonieren, sagte ein [1][Sprecher]. | |',
      '| Kurz danach. | |',
      '| 30 Dec 2021 | |',
      '| ## TAGS | |',
      '| Russland | |',
    ].join('\n');
    const article = cleanArticle(dump, source);
    expect(article).toMatchObject({
      title: 'Gipfel: Die Präsidenten telefonieren',
      date: '2021-12-30',
      dateline: 'Berlin',
      outlet: 'zeitung',
    });
    expect(article.credits).toEqual(['afp', 'ap']);
    expect(article.paragraphs).toEqual([
      { text: 'zeitung.de', part: 'boilerplate' },
      { text: 'Gipfel: Die Präsidenten telefonieren', part: 'title' },
      { text: 'Die Präsidenten wollen am Donnerstag telefonieren.', part: 'lead' },
      { text: 'Bild: Zwei Präsidenten, AP', part: 'caption' },
      {
        text: 'Berlin (afp) – Angesichts der Spannungen um die Ukraine werden beide telefonieren, sagte ein Sprecher.',
        part: 'body',
      },
      { text: 'Kurz danach.', part: 'body' },
      { text: '30 Dec 2021', part: 'boilerplate' },
      { text: 'TAGS', part: 'boilerplate' },
      { text: 'Russland', part: 'boilerplate' },
    ]);
  });

  it('takes the outlet from a scraper file name and derives a title from the first sentence', () => {
    const article = cleanArticle('HELSINKI (AP) - A summit began. It went on.\n\nMore text here.', {
      path: '/c/00035_dailymail-co-uk.txt',
      fileName: '00035_dailymail-co-uk.txt',
    });
    expect(article).toMatchObject({
      title: 'A summit began.',
      outlet: 'dailymail.co.uk',
      dateline: 'HELSINKI',
      credits: ['ap'],
    });
  });

  it('does not take the masthead or a byline for the title', () => {
    const text = [
      'The Boston Globe',
      'By Jane Roe and John Doe The Washington Post',
      'July 16, 2018',
      'HELSINKI — The two leaders met on Monday. They talked for two hours.',
      'More text follows here.',
    ].join('\n\n');
    const article = cleanArticle(text, { path: '/c/00106_bostonglobe-com.txt', fileName: '00106_bostonglobe-com.txt' });
    expect(article.title).toBe('The two leaders met on Monday.');
    expect(article.paragraphs.map((p) => p.part)).toEqual(['boilerplate', 'credit', 'boilerplate', 'lead', 'body']);
  });

  it('takes the headline, not the section label a page puts before it', () => {
    const text = [
      'Sections',
      'Europe |Leaders Meet in Helsinki: Live Updates',
      'Search',
      'Leaders Meet in Helsinki: Live Updates',
      'The two leaders met on Monday. They talked for two hours.',
    ].join('\n\n');
    const article = cleanArticle(text, { path: '/c/00163_nytimes-com.txt', fileName: '00163_nytimes-com.txt' });
    expect(article.title).toBe('Leaders Meet in Helsinki: Live Updates');
    // Nothing is dropped: the label stays in the title paragraph.
    expect(article.paragraphs.map((p) => p.text)).toContain('Europe |Leaders Meet in Helsinki: Live Updates');
  });

  it('reads a byline and a photo credit without "By" as credits, and their agency as the source', () => {
    const text = [
      'Summit fever: Trump reaches for a big moment',
      'Jane Roe and John Doe, Associated Press',
      'The two leaders meet on Monday. They will talk for two hours.',
      'First lady Melania Trump arrives in Helsinki.',
      'Max Muster, EPA-EFE',
      '(Erika Beispiel/Lehtikuva via AP)',
      'More text follows here.',
    ].join('\n\n');
    const article = cleanArticle(text, { path: '/c/00611_chron-com.txt', fileName: '00611_chron-com.txt' });
    expect(article.title).toBe('Summit fever: Trump reaches for a big moment');
    expect(article.paragraphs.map((p) => p.part)).toEqual([
      'title',
      'credit',
      'lead',
      'body',
      'credit',
      'caption',
      'body',
    ]);
    expect(article.credits).toEqual(['ap', 'epa']);
  });

  it('drops the site name from the title, not from the title paragraph', () => {
    const text =
      'Trump lowers expectations for Putin talks | Miami Herald\n\nThe talks begin on Monday. More follows.\n\nAnd more.';
    const article = cleanArticle(text, { path: '/c/00001_miamiherald-com.txt', fileName: '00001_miamiherald-com.txt' });
    expect(article.title).toBe('Trump lowers expectations for Putin talks');
    expect(article.paragraphs[0]).toEqual({
      text: 'Trump lowers expectations for Putin talks | Miami Herald',
      part: 'title',
    });
  });

  it('names a page that is only a photo by its caption, not by its file name', () => {
    const caption =
      'People hold placards during a march in Helsinki on July 15, 2018. (Photo by Jane Roe / AFP) (Photo credit should read JANE ROE/AFP/Getty Images)';
    const page = cleanArticle(`share\n\nmore_vert\n\n${caption}`, {
      path: '/c/00965_news-google-com.txt',
      fileName: '00965_news-google-com.txt',
    });
    expect(page.paragraphs.map((p) => p.part)).toEqual(['boilerplate', 'boilerplate', 'caption']);
    expect(page.title).toBe('People hold placards during a march in Helsinki on July 15, 2018.');
    // A caption that is a bare credit names nothing: the file name stays.
    expect(cleanArticle('Foto: Keystone', source).title).toBe('bericht');
    expect(cleanArticle('Chad Ehlers | Stone | Getty Images', source).title).toBe('bericht');
    // Text of its own still comes first.
    expect(cleanArticle(`${caption}\n\nThe march went on for hours.`, source).title).toBe(
      'The march went on for hours.',
    );
  });

  it('handles empty and whitespace-only text', () => {
    expect(cleanArticle('', source)).toMatchObject({ title: 'bericht', paragraphs: [], warnings: [] });
    expect(cleanArticle(' \n\n \t', source).paragraphs).toEqual([]);
  });

  it('warns when nothing but chrome is left', () => {
    expect(cleanArticle('Advertisement\n\nShare', source).warnings).toEqual(['no article text found']);
  });
});

/** Word tokens of the raw text minus markup (frames, link lists, link numbers), as the cleaner sees them. */
function contentTokens(raw: string): string[] {
  let text = normaliseText(raw);
  text = unframeTextDump(text) ?? text;
  const lines = text.split('\n').filter((l) => !isLinkListLine(l));
  // Link numbers and link targets are markup; brackets stay as word separators.
  const withoutMarkup = lines
    .join('\n')
    .replace(/\]\([^()\s]*\)/g, '] ')
    .replace(/\[\d{1,5}\]/g, ' ');
  return withoutMarkup.match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
}

const markupHeavy = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '|',
        ' | |\n',
        '| ',
        '[',
        ']',
        '[1][',
        '[2] /pfad/!1\n',
        '(',
        ')',
        '#',
        '## ',
        '> ',
        '\n',
        '\n\n',
        ' ',
        '-',
        '-\n',
      ),
      fc.constantFrom(
        'afp | ',
        'Washington ',
        'US-',
        'Truppen-\naufmarsch',
        'Foto: ',
        'date 2021-12 ',
        '(AFP)',
        '…',
        '\uFFFD',
      ),
      fc.constantFrom(
        'Box aufklappen Box zuklappen',
        'Mehr zum Thema',
        'LINKS',
        'Legende:',
        'Straße',
        'über',
        'Wort',
        'Absatz.',
        '2021',
      ),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''));

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  markupHeavy,
);

describe('cleanArticle properties', () => {
  it('never throws and yields single-spaced, non-empty paragraphs', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const article = cleanArticle(text, source);
        for (const p of article.paragraphs) {
          expect(p.text.length).toBeGreaterThan(0);
          expect(p.text).toBe(p.text.replace(/\s+/g, ' ').trim());
        }
        expect(typeof article.title).toBe('string');
      }),
      { numRuns: 300 },
    );
  });

  it('never drops a content word', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const article = cleanArticle(text, source);
        const kept = article.paragraphs.map((p) => p.text).join('\n');
        for (const token of contentTokens(text)) {
          if (!kept.includes(token))
            throw new Error(`lost "${token}" from ${JSON.stringify(text)} → ${JSON.stringify(kept)}`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every word of a long framed dump', () => {
    const lines = Array.from({ length: 200 }, (_, i) => `| Zeile ${i} mit Wort${i} und [${i}][Link${i}] | |`);
    const article = cleanArticle(lines.join('\n'), source);
    const kept = article.paragraphs.map((p) => p.text).join(' ');
    for (let i = 0; i < 200; i++) expect(kept).toContain(`Wort${i} und Link${i}`);
  });
});
