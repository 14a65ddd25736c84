import { describe, expect, it } from 'vitest';
import { alignSentences } from './align-sentences';
import { prepareArticle, sentenceText, type PreparedArticle } from './prepare-article';
import { makeArticle } from './test-support/make-article';
import { SYLLABLES_A, seededRandom, syntheticSentence } from './test-support/synthetic-text';

// Original text written for these tests.
const LEFT = makeArticle('left', [
  'Der Stadtrat hat am Dienstag den neuen Haushalt für das kommende Jahr beschlossen. Die Opposition stimmte geschlossen dagegen.',
  'Die Bürgermeisterin sprach von einem schwierigen, aber notwendigen Kompromiss zwischen Sparen und Investieren, und sie kündigte weitere Gespräche mit den Gewerkschaften an.',
  'Am Abend regnete es in der ganzen Stadt ununterbrochen und sehr kräftig.',
]);
const RIGHT = makeArticle('right', [
  'Die Bürgermeisterin sprach von einem schwierigen, aber notwendigen Kompromiss zwischen Sparen und Investieren.',
  'Sie kündigte zudem weitere Gespräche mit den Gewerkschaften an.',
  'Am Dienstag hat der Stadtrat den neuen Haushalt für das kommende Jahr beschlossen, die Opposition stimmte geschlossen dagegen.',
  'Ein Sprecher des Zoos meldete die Geburt von zwei jungen Pinguinen.',
]);

const describeLink = (l: PreparedArticle, r: PreparedArticle, link: { left: number[]; right: number[] }) =>
  `${link.left.map((id) => sentenceText(l, id).slice(0, 12)).join('+')} => ${link.right.map((id) => sentenceText(r, id).slice(0, 12)).join('+')}`;

describe('alignSentences', () => {
  const left = prepareArticle(LEFT);
  const right = prepareArticle(RIGHT);
  const links = alignSentences(left, right);
  const shown = links.map((link) => describeLink(left, right, link));

  it('links reordered, split and merged sentences across the whole article', () => {
    expect(shown).toEqual([
      // Two left sentences merged into one right sentence.
      'Der Stadtrat+Die Oppositi => Am Dienstag ',
      // One left sentence split over two right paragraphs: two links.
      'Die Bürgerme => Die Bürgerme',
      'Die Bürgerme => Sie kündigte',
    ]);
  });

  it('leaves unrelated sentences unlinked', () => {
    const linkedLeft = new Set(links.flatMap((l) => l.left));
    const linkedRight = new Set(links.flatMap((l) => l.right));
    expect(linkedLeft.has(left.paragraphSentences[2]![0]!)).toBe(false);
    expect(linkedRight.has(right.paragraphSentences[3]![0]!)).toBe(false);
  });

  it('scores similarity between 0 and 1', () => {
    for (const link of links) {
      expect(link.similarity).toBeGreaterThan(0.3);
      expect(link.similarity).toBeLessThanOrEqual(1);
    }
  });

  it('aligns large articles fully without comparing all pairs', () => {
    const random = seededRandom(7);
    const sentences = Array.from({ length: 3000 }, () => syntheticSentence(random, SYLLABLES_A));
    const big = prepareArticle(makeArticle('big', [sentences.join(' ')]));
    const shuffled = prepareArticle(makeArticle('shuffled', [[...sentences].reverse().join(' ')]));
    const result = alignSentences(big, shuffled);
    const oneToOne = result.filter((l) => l.left.length === 1 && l.right.length === 1);
    const n = big.sentences.length;
    expect(shuffled.sentences.length).toBe(n);
    expect(oneToOne.length).toBeGreaterThan(n * 0.98);
    for (const link of oneToOne) expect(link.left[0]! + link.right[0]!).toBe(n - 1);
  });

  it('bounds the links of a sentence repeated many times', () => {
    const repeated = Array.from({ length: 150 }, () => 'Die Sitzung wurde um zehn Uhr vom Vorsitzenden eröffnet.').join(
      ' ',
    );
    const a = prepareArticle(makeArticle('a', [repeated]));
    const b = prepareArticle(makeArticle('b', [repeated]));
    const result = alignSentences(a, b);
    const perLeft = new Map<number, number>();
    for (const link of result) for (const id of link.left) perLeft.set(id, (perLeft.get(id) ?? 0) + 1);
    expect(Math.max(...perLeft.values())).toBeLessThanOrEqual(8);
    expect(perLeft.size).toBe(150);
  });

  it('gives a sentence at most two partners that only share its names', () => {
    // An aggregator's snippets: each names the same two people, none copies the sentence.
    const report = prepareArticle(
      makeArticle('report', [
        'Harbour officials said on Friday that the meeting between Mayor Ines Gartner and Governor Paul Okafor will take place in Lindau on Monday.',
      ]),
    );
    const snippets = prepareArticle(
      makeArticle('snippets', [
        'Mayor Ines Gartner and Governor Paul Okafor are expected in Lindau next week, a spokesman said.',
        'Governor Paul Okafor had breakfast with Mayor Ines Gartner in Lindau on Monday before the meeting.',
        'Reporters waited for Mayor Ines Gartner and Governor Paul Okafor in Lindau for hours.',
        'Mayor Ines Gartner shook hands with Governor Paul Okafor at the harbour in Lindau last year.',
        'Critics said the meeting of Mayor Ines Gartner and Governor Paul Okafor on Monday came too late.',
      ]),
    );
    const shownLinks = alignSentences(snippets, report).map((link) => describeLink(snippets, report, link));
    // The two closest of the five (each one's best partner is the report's sentence).
    expect(shownLinks).toEqual(['Governor Pau => Harbour offi', 'Critics said => Harbour offi']);
  });

  it('links near-twin sentences printed in the other order each to its exact twin', () => {
    // Two captions that differ in one phrase, in swapped order: crossing links are the copy.
    const one =
      'Der neue Botschafter Paul Gerber, links, begleitet die Ministerin beim Besuch des Hafens von Basel am Montag.';
    const two =
      'Der neue Botschafter Paul Gerber, im Hintergrund, begleitet die Ministerin beim Besuch des Hafens von Basel am Montag.';
    const first = prepareArticle(makeArticle('first', [one, two]));
    const second = prepareArticle(makeArticle('second', [two, one]));
    const found = alignSentences(first, second).map(
      (link) => describeLink(first, second, link) + ` ${link.similarity}`,
    );
    expect(found).toEqual([
      `${one.slice(0, 12)} => ${one.slice(0, 12)} 1`,
      `${two.slice(0, 12)} => ${two.slice(0, 12)} 1`,
    ]);
  });

  it('returns nothing for empty articles', () => {
    const empty = prepareArticle(makeArticle('empty', []));
    expect(alignSentences(empty, right)).toEqual([]);
    expect(alignSentences(left, empty)).toEqual([]);
  });
});
