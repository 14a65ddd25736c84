import { describe, expect, it } from 'vitest';
import { alignSentences } from './align-sentences';
import { compareArticles } from './compare-articles';
import { prepareArticle, sentenceText } from './prepare-article';
import { loadSeedArticle, seedsExist, SEEDS_MISSING_REASON } from './test-support/load-seed-article';
import { makeArticle } from './test-support/make-article';

// Original text written for these tests. RETOLD tells TOLD again in other words (it scores 0.26).
const BEFORE =
  'Der Stadtrat hat am Dienstag den neuen Haushalt für das kommende Jahr beschlossen, die Opposition stimmte geschlossen dagegen.';
const TOLD =
  'Die Verwaltung rechnet wegen der höheren Energiepreise mit deutlich steigenden Kosten für Schulen, Hallenbäder und die Straßenbeleuchtung im ganzen Stadtgebiet.';
const RETOLD =
  'Strom und Gas sind teurer geworden, und das Rathaus erwartet deshalb höhere Rechnungen für Schulen, Bäder und Laternen im Stadtgebiet.';
const AFTER =
  'Die Bürgermeisterin sprach von einem schwierigen, aber notwendigen Kompromiss zwischen Sparen und Investieren in der Stadt.';
const OTHER = 'Ein Sprecher des Zoos meldete am Mittwoch die Geburt von zwei jungen Pinguinen im neuen Gehege.';

/** Each link as "left sentences => right sentences" (by their first words), sorted. */
function linksOf(left: string[], right: string[]): string[] {
  const l = prepareArticle(makeArticle('left', left));
  const r = prepareArticle(makeArticle('right', right));
  const first = (article: typeof l, id: number) => sentenceText(article, id).split(' ')[0]!;
  return alignSentences(l, r)
    .map(
      (link) => `${link.left.map((id) => first(l, id)).join('+')} => ${link.right.map((id) => first(r, id)).join('+')}`,
    )
    .sort();
}

describe('anchored pairs', () => {
  it('links a paraphrase between aligned neighbours', () => {
    expect(linksOf([BEFORE, TOLD, AFTER], [BEFORE, RETOLD, AFTER])).toEqual([
      'Der => Der',
      'Die => Die',
      'Die => Strom',
    ]);
  });

  it('needs only one neighbour aligned, before or after', () => {
    expect(linksOf([OTHER, TOLD, AFTER], [RETOLD, AFTER])).toEqual(['Die => Die', 'Die => Strom']);
    expect(linksOf([BEFORE, TOLD], [BEFORE, RETOLD, OTHER])).toEqual(['Der => Der', 'Die => Strom']);
  });

  it('leaves a paraphrase elsewhere unlinked: only the same place makes a weak match the same report', () => {
    expect(linksOf([BEFORE, TOLD, AFTER], [BEFORE, AFTER, OTHER, RETOLD])).toEqual(['Der => Der', 'Die => Die']);
  });

  it.skipIf(!seedsExist)(
    seedsExist
      ? 'pairs the rt/dpa and SRF versions of the National Security Council statement'
      : `seed corpus test skipped: ${SEEDS_MISSING_REASON}`,
    () => {
      const left = loadSeedArticle('000');
      const right = loadSeedArticle('002');
      const { rows } = compareArticles(left, right);
      const row = rows.find((r) => r.left.includes(4));
      expect(row?.right).toEqual([4]);
      expect(left.paragraphs[4]!.text).toMatch(/^In der Erklärung des Nationalen Sicherheitsrates/);
      expect(right.paragraphs[4]!.text).toMatch(/^Aus dem Weissen Haus hiess es/);
    },
  );
});
