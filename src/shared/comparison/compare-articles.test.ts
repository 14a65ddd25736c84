import { describe, expect, it } from 'vitest';
import type { Article } from '../article/article';
import { compareArticles } from './compare-articles';
import type { Comparison, DiffPart, PassageLink } from './comparison-types';
import { expectComparisonInvariants } from './test-support/expect-comparison-invariants';
import { loadSeedArticle, seedsExist, SEEDS_MISSING_REASON } from './test-support/load-seed-article';
import { makeArticle } from './test-support/make-article';
import { renderDiffString } from './test-support/render-diff-string';
import { SYLLABLES_A, SYLLABLES_B, syntheticParagraphs } from './test-support/synthetic-text';

/** Index of the paragraph whose text starts with `prefix` (fails loudly if none). */
function paragraphOf(article: Article, prefix: string): number {
  const index = article.paragraphs.findIndex((p) => p.text.startsWith(prefix));
  if (index < 0) throw new Error(`no paragraph starts with "${prefix}" in ${article.name}`);
  return index;
}

/** Links whose left passage contains the sentence starting with `prefix`. */
function linksOfLeftSentence(comparison: Comparison, left: Article, prefix: string): PassageLink[] {
  return comparison.links.filter(
    (link) => link.left.text.includes(prefix) && left.paragraphs[link.left.paragraph]!.text.includes(prefix),
  );
}

const cosmeticPairs = (comparison: Comparison) =>
  comparison.links.flatMap((l) => l.diff.filter((p) => p.op === 'cosmetic').map((p) => `${p.text}~>${p.rightText}`));

describe('compareArticles on synthetic articles', () => {
  it('links a moved, edited paragraph and shows the edits', () => {
    const left = makeArticle('l', [
      ['title', 'Neuer Haushalt beschlossen'],
      'Der Stadtrat hat am Dienstag den neuen Haushalt für das kommende Jahr beschlossen.',
      'Die Bürgermeisterin sprach von einem schwierigen Kompromiss zwischen Sparen und Investieren.',
      ['caption', 'Foto: Archiv'],
    ]);
    const right = makeArticle('r', [
      'Die Bürgermeisterin sprach von einem schwierigen Kompromiss zwischen Sparen und Investieren.',
      'Der Stadtrat hat am Dienstag den neuen Haushalt für das nächste Jahr beschlossen.',
    ]);
    const comparison = compareArticles(left, right);
    expectComparisonInvariants(comparison, left, right);
    expect(comparison.rows.map((r) => `${r.left}:${r.right}${r.moved ? ' moved' : ''}`)).toEqual([
      '0:',
      '1:1',
      '2:0 moved',
      '3:',
    ]);
    expect(renderDiffString(comparison.rows[1]!.diff)).toBe(
      'Der Stadtrat hat am Dienstag den neuen Haushalt für das [-kommende-]{+nächste+} Jahr beschlossen.',
    );
    expect(comparison.links.map((l) => l.kind)).toEqual(['rewritten', 'verbatim']);
    expect(comparison.rows[3]!.setApart).toBe(true);
    expect(comparison.stats.left.words).toBe(3 + 12 + 12);
    expect(comparison.stats.left.reusedWords).toBe(24);
    expect(comparison.stats.left.rewritten).toBe(1);
  });

  it('marks a link cosmetic when only folding differs', () => {
    const left = makeArticle('l', ['Das teilte der Nationale Sicherheitsrat des Weißen Hauses am Mittwoch mit.']);
    const right = makeArticle('r', ['Das teilte der Nationale Sicherheitsrat des Weissen Hauses am Mittwoch mit.']);
    const comparison = compareArticles(left, right);
    expect(comparison.links.map((l) => l.kind)).toEqual(['cosmetic']);
    expect(comparison.stats.left).toMatchObject({ words: 11, verbatim: 10, cosmetic: 1, rewritten: 0, reuse: 1 });
    const strict = compareArticles(left, right, { foldEszett: false });
    expect(strict.links.map((l) => l.kind)).toEqual(['rewritten']);
    expect(renderDiffString(strict.rows[0]!.diff)).toContain('[-Weißen-]{+Weissen+}');
  });

  it('counts punctuation-only changes as cosmetic with ignorePunctuation', () => {
    const left = makeArticle('l', ['Die Regierung in der Hauptstadt dementiert, jegliche Pläne zu haben.']);
    const right = makeArticle('r', ['Die Regierung in der Hauptstadt dementiert jegliche Pläne zu haben.']);
    expect(compareArticles(left, right).links[0]!.kind).toBe('rewritten');
    const lenient = compareArticles(left, right, { ignorePunctuation: true });
    expect(lenient.links[0]!.kind).toBe('cosmetic');
    expect(renderDiffString(lenient.rows[0]!.diff)).toBe(
      'Die Regierung in der Hauptstadt dementiert{~,~>~} jegliche Pläne zu haben.',
    );
  });

  it('handles empty articles', () => {
    const empty = makeArticle('e', []);
    const other = makeArticle('o', ['Ein Satz.']);
    const comparison = compareArticles(empty, other);
    expectComparisonInvariants(comparison, empty, other);
    expect(comparison.stats.left).toMatchObject({ words: 0, reuse: 0 });
  });

  it('returns a bounded, sane answer for two unrelated 1 MB texts', () => {
    const left = makeArticle('big-a', syntheticParagraphs(1, 1_000_000, SYLLABLES_A));
    const right = makeArticle('big-b', syntheticParagraphs(2, 1_000_000, SYLLABLES_B));
    const comparison = compareArticles(left, right);
    expectComparisonInvariants(comparison, left, right);
    expect(comparison.links).toHaveLength(0);
    expect(comparison.stats.left.reuse).toBe(0);
    expect(comparison.rows.every((r) => r.kind !== 'matched')).toBe(true);
  });

  it('returns a sane answer for 1 MB paragraphs without sentence marks or whitespace', () => {
    const blob = 'x'.repeat(1_000_000);
    const words = syntheticParagraphs(3, 1_000_000, SYLLABLES_A).join(' ').replace(/\./g, '');
    const left = makeArticle('blob', [blob]);
    const right = makeArticle('words', [words]);
    const comparison = compareArticles(left, right);
    expectComparisonInvariants(comparison, left, right);
    expect(comparison.stats.right.reuse).toBe(0);
  });
});

describe.skipIf(!seedsExist)(
  seedsExist ? 'compareArticles on the seed corpus' : `seed corpus tests skipped: ${SEEDS_MISSING_REASON}`,
  () => {
    describe('000 (rt/dpa) vs 002 (SRF)', () => {
      const rt = seedsExist ? loadSeedArticle('000') : makeArticle('x', []);
      const srf = seedsExist ? loadSeedArticle('002') : makeArticle('y', []);
      const comparison = compareArticles(rt, srf);

      it('keeps the structural invariants', () => {
        expectComparisonInvariants(comparison, rt, srf);
      });

      it('links every sentence of the "Zuvor hatte es aus Brüssel" paragraph into the SRF paragraphs it was split into', () => {
        const zuvor = paragraphOf(rt, 'Zuvor hatte es aus Brüssel');
        const targets: Array<[string, string]> = [
          ['Zuvor hatte es aus Brüssel', 'Aus Brüssel wird Kritik laut'],
          ['Der EU-Außenbeauftragte Josep Borrell', 'Aus Brüssel wird Kritik laut'],
          ['Die USA werfen Russland', 'Die USA werfen Russland'],
          ['Russland weist die Vorwürfe zurück', 'Die USA werfen Russland'],
          ['Putin hatte sich vergangene Woche', 'Putin hatte sich vergangene Woche'],
        ];
        for (const [sentence, paragraph] of targets) {
          const links = linksOfLeftSentence(comparison, rt, sentence).filter((l) => l.left.paragraph === zuvor);
          expect(
            links.map((l) => l.right.paragraph),
            sentence,
          ).toEqual([paragraphOf(srf, paragraph)]);
        }
        const linked = new Set(
          comparison.links.filter((l) => l.left.paragraph === zuvor).flatMap((l) => l.left.sentences),
        );
        expect([...linked].sort()).toEqual([0, 1, 2, 3, 4]);
        // SRF split the rt paragraph: one row holds it and its three SRF paragraphs.
        const row = comparison.rows.find((r) => r.left.includes(zuvor))!;
        expect(row.right).toEqual(
          ['Die USA werfen', 'Aus Brüssel wird', 'Putin hatte sich'].map((p) => paragraphOf(srf, p)),
        );
      });

      it('links the facts of both versions of the dpa lead', () => {
        for (const lead of ['Angesichts der anhaltenden Spannungen', 'US-Präsident Joe Biden will angesichts']) {
          const p = paragraphOf(rt, lead);
          const sentences = comparison.links.filter((l) => l.left.paragraph === p).flatMap((l) => l.left.sentences);
          expect(new Set(sentences).size, lead).toBe(lead.startsWith('Angesichts') ? 3 : 4);
        }
        const targets = linksOfLeftSentence(comparison, rt, 'Das teilte der Nationale Sicherheitsrat');
        expect(targets).toHaveLength(2);
        expect(new Set(targets.map((l) => l.right.text))).toEqual(
          new Set(['Das teilte der Nationale Sicherheitsrat des Weissen Hauses mit.']),
        );
        expect(linksOfLeftSentence(comparison, rt, 'Gemeint ist damit vermutlich')[0]!.right.text).toMatch(
          /^Damit ist wahrscheinlich/,
        );
      });

      it('shows "Der Kreml bestätigte das geplante Telefonat" as moved on both sides, not as deleted and added', () => {
        const rtRow = comparison.rows.find((r) => r.left.includes(paragraphOf(rt, 'Angesichts der anhaltenden')))!;
        const srfRow = comparison.rows.find((r) => r.right.includes(paragraphOf(srf, 'Damit ist wahrscheinlich')))!;
        expect(rtRow.right).not.toContain(paragraphOf(srf, 'Damit ist wahrscheinlich'));
        const movedText = (parts: DiffPart[], op: 'delete' | 'insert') =>
          parts.filter((p) => p.op === op && p.moved !== undefined && p.movedTo !== undefined);
        const left = movedText(rtRow.diff, 'delete');
        expect(left.map((p) => p.text).join('')).toContain('Der Kreml bestätigte das geplante Telefonat.');
        expect(left.map((p) => p.movedTo)).toContain(paragraphOf(srf, 'Damit ist wahrscheinlich'));
        const right = movedText(srfRow.diff, 'insert');
        expect(right.map((p) => p.text).join('')).toBe(' Der Kreml in Moskau bestätigte das geplante Telefonat. ');
        expect(renderDiffString(srfRow.diff)).not.toContain('{+ Der Kreml');
      });

      it('shows Swiss spelling and compounds as cosmetic, not as edits', () => {
        const pairs = cosmeticPairs(comparison);
        expect(pairs).toContain('Weißen~>Weissen');
        expect(pairs).toContain('Separatistengebieten~>Separatisten-Gebieten');
        expect(pairs).toContain('bereit erklärt~>bereiterklärt');
        expect(pairs).toContain('hieß~>hiess');
        const edits = comparison.links.flatMap((l) =>
          l.diff.filter((p) => p.op === 'delete' || p.op === 'insert').map((p) => p.text),
        );
        expect(edits.join('|')).not.toMatch(/Weißen Hauses|Weissen Hauses|Separatisten/);
        const separatisten = linksOfLeftSentence(comparison, rt, 'Russland weist die Vorwürfe')[0]!;
        expect(renderDiffString(separatisten.diff)).toBe(
          'Russland weist [-die Vorwürfe-]{+das+} zurück und wirft wiederum der Ukraine vor, mehr Soldaten an die Linie zu den {~Separatistengebieten~>Separatisten-Gebieten~} verlegt zu haben.',
        );
      });

      it('links neither the SRF caption nor the SRF Blinken paragraph', () => {
        const caption = paragraphOf(srf, 'Legende:');
        const blinken = paragraphOf(srf, 'US-Aussenminister Antony Blinken versicherte');
        expect(comparison.links.filter((l) => l.right.paragraph === caption || l.right.paragraph === blinken)).toEqual(
          [],
        );
        expect(comparison.rows.find((r) => r.right.includes(caption))).toMatchObject({
          kind: 'right-only',
          setApart: true,
        });
        expect(comparison.rows.find((r) => r.right.includes(blinken))).toMatchObject({
          kind: 'right-only',
          setApart: false,
        });
      });

      it('reports that most of rt and over half of SRF is shared copy', () => {
        const { left, right } = comparison.stats;
        expect(left.reuse).toBeGreaterThan(0.65);
        expect(right.reuse).toBeGreaterThan(0.45);
        expect(right.reuse).toBeLessThan(left.reuse);
        expect(left.verbatim).toBeGreaterThan(left.rewritten);
        expect(left.cosmetic).toBeGreaterThan(0);
      });

      it('turns "Weißen"/"Weissen" into an edit when ß folding is off', () => {
        const strict = compareArticles(rt, srf, { foldEszett: false });
        expect(cosmeticPairs(strict)).not.toContain('Weißen~>Weissen');
        const sicherheitsrat = linksOfLeftSentence(strict, rt, 'Das teilte der Nationale Sicherheitsrat')[0]!;
        expect(renderDiffString(sicherheitsrat.diff)).toBe(
          'Das teilte der Nationale Sicherheitsrat des [-Weißen-]{+Weissen+} Hauses [-am Mittwoch -]mit.',
        );
      });
    });

    describe('001 (Standard) vs 004 (taz): the shared agency passages', () => {
      const standard = seedsExist ? loadSeedArticle('001') : makeArticle('x', []);
      const taz = seedsExist ? loadSeedArticle('004') : makeArticle('y', []);
      const comparison = compareArticles(standard, taz);

      it('keeps the structural invariants', () => {
        expectComparisonInvariants(comparison, standard, taz);
      });

      it('links the shared sentences, Austrian "Jänner" as a cosmetic variant', () => {
        const expectLink = (left: string, right: RegExp) => {
          const links = linksOfLeftSentence(comparison, standard, left);
          expect(links.map((l) => l.right.text).join(' | '), left).toMatch(right);
        };
        expectLink(
          'Russland dementiert jegliche Angriffspläne',
          /^Die Regierung in Moskau dementiert jegliche Angriffspläne/,
        );
        expectLink(
          'Im Gespräch der beiden Staatsoberhäupter',
          /Emily Horne, erklärte, bei dem Telefonat mit Putin werde es um eine „Reihe von Themen“/,
        );
        expectLink('Bereits am Dienstag wurde bekannt', /^Vertreter der USA und Russlands wollen am 10\. Januar/);
        expectLink(
          'Washington – US-Präsident Joe Biden',
          /US-Präsident Joe Biden und der russische Staatschef Wladimir Putin am Donnerstag telefonieren/,
        );
        expect(cosmeticPairs(comparison)).toContain('Jänner~>Januar');
      });

      it('links nothing to the taz tail (tags, related articles)', () => {
        for (const link of comparison.links) expect(taz.paragraphs[link.right.paragraph]!.part).not.toBe('boilerplate');
      });
    });

    describe('003 (France 24/AFP) vs 004 (taz/AFP): paraphrased AFP copy', () => {
      const f24 = seedsExist ? loadSeedArticle('003') : makeArticle('x', []);
      const taz = seedsExist ? loadSeedArticle('004') : makeArticle('y', []);
      const comparison = compareArticles(f24, taz);

      it('keeps the structural invariants', () => {
        expectComparisonInvariants(comparison, f24, taz);
      });

      it('links the paraphrased agency sentences, "Kreml-Sprecher"/"Kremlsprecher" as cosmetic', () => {
        const expectLink = (left: string, right: RegExp) => {
          const links = linksOfLeftSentence(comparison, f24, left);
          expect(links.map((l) => l.right.text).join(' | '), left).toMatch(right);
        };
        expectLink(
          'Kreml-Sprecher Dmitri Peskow bestätigte den Anruf',
          /^Kremlsprecher Dmitri Peskow bestätigte das geplante Telefonat.*Donnerstagabend russischer Zeit/,
        );
        expectLink('Aber wir sind auch bereit, zu reagieren', /„Aber wir sind auch bereit zu antworten/);
        expectLink('Blinken sprach auch separat', /^Außerdem telefonierte Blinken mit Amtskollegen/);
        expectLink('Die westlichen Außenminister', /Konsens unter den Verbündeten und Partnern/);
        expectLink(
          'Im Vorfeld der Gespräche zwischen den USA und Russland',
          /^Derweil telefonierte US-Außenminister Blinken/,
        );
        expect(cosmeticPairs(comparison)).toContain('Kreml-Sprecher~>Kremlsprecher');
      });

      it('reports both sides as partly shared', () => {
        expect(comparison.stats.left.reuse).toBeGreaterThan(0.3);
        expect(comparison.stats.right.reuse).toBeGreaterThan(0.2);
      });
    });
  },
);
