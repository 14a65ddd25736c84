import { describe, expect, it } from 'vitest';
import { compareArticles } from '../comparison/compare-articles';
import { makeArticle } from '../comparison/test-support/make-article';
import { escapeHtml, formatComparisonHtml, formatScanHtml } from './html-report';

describe('formatComparisonHtml', () => {
  it('writes one standalone page with marked edits and escaped text', () => {
    const left = makeArticle('a', ['Titel <eins>', 'Der Zug fährt heute nach Bern. Die Strecke ist gesperrt.']);
    const right = makeArticle('b', ['Titel <eins>', 'Der Zug fährt morgen nach Bern. Die Strecke ist gesperrt.']);
    const html = formatComparisonHtml(left, right, compareArticles(left, right));
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toContain('<script');
    expect(html).toContain('<del>heute</del>');
    expect(html).toContain('<ins>morgen</ins>');
    expect(html).toContain('Titel &#60;eins&#62;');
  });

  it('tints a sentence moved inside its paragraph on both sides instead of striking it', () => {
    const moved = 'Die Bahn rechnet mit Verspätungen bis Freitag.';
    const left = makeArticle('a', [
      'Titel',
      `Der Zug fährt heute nach Bern. Die Strecke ist seit Montag gesperrt. ${moved}`,
    ]);
    const right = makeArticle('b', [
      'Titel',
      `${moved} Der Zug fährt heute nach Bern. Die Strecke ist seit Montag gesperrt.`,
    ]);
    const html = formatComparisonHtml(left, right, compareArticles(left, right));
    expect(html).toContain(`<del class="moved" title="moved (verbatim)"> ${moved}</del>`);
    expect(html).toContain(`<ins class="moved" title="moved (verbatim)">${moved} </ins>`);
    expect(html).not.toContain(`<del>${moved}`);
  });

  it('shows set-apart paragraphs as plain text, not as edits', () => {
    const left = makeArticle('a', ['Titel', ['caption', 'Foto: Eine Brücke'], 'Der Zug fährt heute nach Bern.']);
    const right = makeArticle('b', ['Titel', 'Der Zug fährt heute nach Bern.']);
    const html = formatComparisonHtml(left, right, compareArticles(left, right));
    expect(html).toContain('<tr class="apart">');
    expect(html).toContain('¶2 · caption</span>Foto: Eine Brücke');
    expect(html).toContain('Foto: Eine Brücke');
    expect(html).not.toContain('<del>Foto: Eine Brücke</del>');
  });
});

describe('formatScanHtml', () => {
  it('lists pairs with both one-way shares and unreadable files', () => {
    const html = formatScanHtml(
      [],
      [{ left: '/x/a.txt', right: '/x/b.txt', score: 0.8, leftReuse: 0.8, rightReuse: 0.25 }],
      [{ path: '/x/c.bin', message: 'binary file' }],
    );
    expect(html).toContain('<tr><td>a.txt</td><td>b.txt</td><td>80%</td>');
    expect(html).toContain('25%');
    expect(html).toContain('/x/c.bin: binary file');
  });

  it('names each side by its title, outlet, date, credits and file', () => {
    const a = {
      ...makeArticle('/x/a.txt', ['Tunnel <zu>', 'Der Zug fährt nicht.']),
      outlet: 'taz',
      date: '2025-12-29',
      credits: ['dpa', 'AFP'],
    };
    const b = makeArticle('/x/b.txt', ['Tunnel gesperrt', 'Der Zug fährt nicht.']);
    const html = formatScanHtml([a, b], [{ left: a.id, right: b.id, score: 1, leftReuse: 1, rightReuse: 1 }], []);
    expect(html).toContain('<td>Tunnel &#60;zu&#62;<div class="meta">taz · 2025-12-29 · dpa, AFP · a.txt</div></td>');
    expect(html).toContain('<td>Tunnel gesperrt<div class="meta">b.txt</div></td>');
  });

  it('names what was ranked, marks estimated figures, and says what the list holds', () => {
    const html = formatScanHtml(
      [],
      [{ left: '/x/a.txt', right: '/x/b.txt', score: 0.5, leftReuse: 0.5, rightReuse: 0.2, estimated: true }],
      [],
      { heading: 'Wirediff ranking: <Ordner>', note: 'Pairs matching “taz”.' },
    );
    expect(html).toContain('<title>Wirediff ranking: &#60;Ordner&#62;</title>');
    expect(html).toContain('<h1>Wirediff ranking: &#60;Ordner&#62;</h1>');
    expect(html).toContain('<td>≈50%</td>');
    expect(html).toContain('≈20%');
    expect(html).toContain('Pairs matching “taz”.');
    expect(html).toContain('≈: estimated from fingerprints, not aligned.');
  });

  it('escapes markup', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
  });
});
