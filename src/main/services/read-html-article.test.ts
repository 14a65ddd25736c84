import { describe, expect, it } from 'vitest';
import { htmlToBlocks, readHtmlArticle, stripSiteSuffix } from './read-html-article';
import { parseHTML } from 'linkedom';

const source = { path: '/c/seite.html', fileName: 'seite.html' };

const PAGE = `<!doctype html><html><head>
<title>Gipfel in Genf | zeitung.de</title>
<meta property="og:site_name" content="Zeitung">
<meta property="article:published_time" content="2021-12-30T10:00:00Z">
</head><body>
<nav><a href="/">Start</a> <a href="/politik">Politik</a></nav>
<article>
  <h1>Gipfel in Genf</h1>
  <p class="byline">Von AFP</p>
  <p>Berlin afp | Die beiden Präsidenten wollen am Donnerstag miteinander telefonieren, teilte ein Sprecher am Mittwoch mit.</p>
  <figure><img src="a.jpg" alt=""><figcaption>Die Präsidenten im Juni. Foto: AP/Fotograf</figcaption></figure>
  <h2>Kritik aus Brüssel</h2>
  <p>Die Europäische Union möchte an den Gesprächen beteiligt werden, sagte der Außenbeauftragte der Zeitung.</p>
  <p>Russland weist die Vorwürfe zurück und fordert Sicherheitsgarantien vom Westen.<br><br>Ein Treffen ist für Januar geplant.</p>
</article>
<footer>© Zeitung 2021</footer>
</body></html>`;

describe('readHtmlArticle', () => {
  it('extracts the article with title, parts and metadata', () => {
    const article = readHtmlArticle(PAGE, source);
    expect(article).toMatchObject({
      title: 'Gipfel in Genf',
      date: '2021-12-30',
      dateline: 'Berlin',
      outlet: 'Zeitung',
    });
    expect(article.credits).toEqual(expect.arrayContaining(['afp', 'ap']));
    const parts = Object.fromEntries(article.paragraphs.map((p) => [p.text.slice(0, 20), p.part]));
    expect(parts).toMatchObject({
      'Gipfel in Genf': 'title',
      'Die Präsidenten im J': 'caption',
      'Kritik aus Brüssel': 'heading',
      'Ein Treffen ist für ': 'body',
    });
    expect(article.paragraphs.some((p) => p.text.startsWith('Berlin (afp) – Die beiden Präsidenten'))).toBe(true);
    expect(article.paragraphs.some((p) => p.text.includes('Start'))).toBe(false);
  });

  it('adds the page author as a credit only where the text does not print it', () => {
    const withAuthor = (byline: string) =>
      PAGE.replace(
        '<meta property="og:site_name"',
        '<meta name="author" content="Maria Muster"><meta property="og:site_name"',
      ).replace('<p class="byline">Von AFP</p>', byline);
    const texts = (html: string) => readHtmlArticle(html, source).paragraphs.map((p) => `${p.part}: ${p.text}`);
    // Printed in the text: no second row of its own.
    expect(
      texts(withAuthor('<p class="byline">Von Maria Muster</p>')).filter((t) => t.includes('Maria Muster')),
    ).toEqual([expect.stringContaining('Von Maria Muster')]);
    expect(texts(withAuthor(''))).toContain('credit: Maria Muster');
  });

  it('never throws on broken HTML', () => {
    const article = readHtmlArticle('<p>Nur ein <b>Satz</p></div></span><<>>', source);
    expect(article.paragraphs.map((p) => p.text).join(' ')).toContain('Nur ein Satz');
  });
});

describe('htmlToBlocks', () => {
  it('emits one block per block element, with kinds from the tags', () => {
    const { document } = parseHTML(
      '<html><body><div>Text davor<p>Absatz <em>mit</em> Betonung</p><h3>Titel</h3><figcaption>Bild</figcaption><script>x()</script></div></body></html>',
    );
    expect(htmlToBlocks(document.body as never)).toEqual([
      { text: 'Text davor', kind: 'text' },
      { text: 'Absatz mit Betonung', kind: 'text' },
      { text: 'Titel', kind: 'heading' },
      { text: 'Bild', kind: 'caption' },
    ]);
  });
});

describe('stripSiteSuffix', () => {
  it('drops a site name after a separator', () => {
    expect(stripSiteSuffix('Gipfel in Genf | zeitung.de', null)).toBe('Gipfel in Genf');
    expect(stripSiteSuffix('Gipfel in Genf - Die Zeitung', 'Die Zeitung')).toBe('Gipfel in Genf');
    expect(stripSiteSuffix('Biden - Putin talks begin', null)).toBe('Biden - Putin talks begin');
  });
});
