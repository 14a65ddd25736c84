/**
 * A standalone HTML report of a comparison (the app's "Save report", `compare --html`) or a
 * folder's ranking (the app's "Save ranking report", `scan --html`): one file, inline styles, no scripts, so it can be mailed or archived
 * with a story. Pure: the app and the CLI write it where the user says.
 */
import type { Article, ReadError } from '../article/article';
import { fileNameOf } from '../article/file-stem';
import type { Comparison, ComparisonRow, DiffPart, PairScore } from '../comparison/comparison-types';
import { countLabel } from '../count-label';

const STYLE = `
body { font: 15px/1.55 system-ui, sans-serif; margin: 24px; color: #1d232b; background: #fff; }
h1 { font-size: 20px; margin: 0 0 4px; } .meta { color: #535d69; font-size: 13px; font-weight: 400; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
td, th { vertical-align: top; padding: 8px 10px; border-bottom: 1px solid #d5dbe3; text-align: left; }
th { font-size: 15px; font-weight: 600; } thead.caps th { font-size: 12px; color: #535d69; text-transform: uppercase; letter-spacing: .5px; }
td { white-space: pre-wrap; overflow-wrap: anywhere; }
.para { display: block; font-size: 11px; color: #535d69; }
ins { background: #cdf3d6; color: #0b4a1c; text-decoration: underline; }
del { background: #fbd3d3; color: #6e1111; text-decoration: line-through; }
del.moved, ins.moved { background: #efe6fd; color: inherit; text-decoration: underline dashed #8250df; }
del.moved.changed { color: #6e1111; text-decoration: line-through; } ins.moved.changed { color: #0b4a1c; text-decoration: underline solid; }
.moved.cosmetic { text-decoration: underline dotted #59626d; }
.cosmetic { color: #59626d; text-decoration: underline dotted; }
.apart td { color: #535d69; font-size: 13px; } .empty { background: #f3f5f8; }
.moved { color: #8250df; font-weight: 600; font-size: 11px; }
.bar { display: inline-block; height: 8px; background: #2ea043; vertical-align: middle; }
.bar.r { background: #1f6feb; }`;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

function page(title: string, body: string): string {
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>\n`;
}

function sideHtml(parts: readonly DiffPart[], side: 'left' | 'right'): string {
  return parts
    .map((part) => {
      if (part.op === 'equal') return escapeHtml(part.text);
      if (part.op === 'cosmetic') {
        const text = side === 'left' ? part.text : (part.rightText ?? part.text);
        return `<span class="cosmetic">${escapeHtml(text)}</span>`;
      }
      // A passage reordered inside its row, or aligned with another row's paragraph, is found, not edited (see DiffPart.moved).
      const moved = part.moved
        ? ` class="moved${part.movedEdit ? ` ${part.movedEdit}` : ''}" title="moved (${part.moved})${part.movedTo === undefined ? '' : `: also in ¶${part.movedTo + 1} of the other article`}"`
        : '';
      if (part.op === 'delete' && side === 'left') return `<del${moved}>${escapeHtml(part.text)}</del>`;
      if (part.op === 'insert' && side === 'right') return `<ins${moved}>${escapeHtml(part.text)}</ins>`;
      return '';
    })
    .join('');
}

function rowHtml(row: ComparisonRow, left: Article, right: Article): string {
  const label = (indices: number[]) => indices.map((p) => `¶${p + 1}`).join(' ');
  // Captions, credits and boilerplate are shown as they are, never as edits.
  const text = (side: 'left' | 'right') =>
    row.setApart
      ? escapeHtml(
          row.diff
            .map((p) =>
              side === 'left' ? (p.op === 'insert' ? '' : p.text) : p.op === 'delete' ? '' : (p.rightText ?? p.text),
            )
            .join(''),
        )
      : sideHtml(row.diff, side);
  // What a set-apart paragraph is (caption, credit, boilerplate), as the app tags it.
  const tag = (side: 'left' | 'right', indices: number[]) => {
    const article = side === 'left' ? left : right;
    const parts = [...new Set(indices.map((p) => article.paragraphs[p]?.part ?? ''))].filter(Boolean);
    return row.setApart && parts.length > 0 ? ` · ${parts.join(', ')}` : '';
  };
  const cell = (side: 'left' | 'right', indices: number[]) =>
    indices.length === 0
      ? '<td class="empty"></td>'
      : `<td><span class="para">${label(indices)}${tag(side, indices)}${side === 'right' && row.moved ? ' <span class="moved">moved</span>' : ''}</span>${text(side)}</td>`;
  return `<tr${row.setApart ? ' class="apart"' : ''}>${cell('left', row.left)}${cell('right', row.right)}</tr>`;
}

export function formatComparisonHtml(left: Article, right: Article, comparison: Comparison): string {
  const { stats } = comparison;
  const head = (a: Article, share: number, words: number, reused: number, other: string) =>
    `<th><div>${escapeHtml(a.title || a.name)}</div><div class="meta">${escapeHtml(
      [fileNameOf(a.path), a.outlet, a.date, a.credits.join(', ')].filter(Boolean).join(' · '),
    )}</div><div class="meta">${percent(share)} of ${words} words (${reused}) found in ${other}</div>${a.warnings
      .map((w) => `<div class="meta">⚠ ${escapeHtml(w)}</div>`)
      .join('')}</th>`;
  const body =
    `<h1>Wirediff: ${escapeHtml(left.title || left.name)} ⇄ ${escapeHtml(right.title || right.name)}</h1>` +
    `<p class="meta">${comparison.links.length} linked passages. Inserted words are underlined, deleted words struck through, cosmetic variants dotted; sentences moved inside a paragraph or to another one are tinted purple on both sides.</p>` +
    `<table><thead><tr>${head(left, stats.left.reuse, stats.left.words, stats.left.reusedWords, 'the right')}${head(
      right,
      stats.right.reuse,
      stats.right.words,
      stats.right.reusedWords,
      'the left',
    )}</tr></thead><tbody>${comparison.rows.map((row) => rowHtml(row, left, right)).join('\n')}</tbody></table>`;
  return page(`Wirediff: ${left.name} ⇄ ${right.name}`, body);
}

/** What a ranking report says of each article: the list's summaries carry all of it. */
export type RankedArticle = Pick<Article, 'id' | 'title' | 'outlet' | 'date' | 'credits'>;

/**
 * A folder's ranking (`scan --html`, the app's "Save ranking report"): the pairs as given, in
 * order. `about` names what was ranked and what the list holds (a filter, a top slice).
 */
export function formatScanHtml(
  articles: readonly RankedArticle[],
  pairs: readonly PairScore[],
  errors: readonly ReadError[],
  about: { heading?: string; note?: string } = {},
): string {
  const byId = new Map(articles.map((a) => [a.id, a]));
  // Who and what: the title, then the outlet, date, agency credits and file a reader knows it by.
  const side = (id: string) => {
    const article = byId.get(id);
    const file = fileNameOf(id);
    if (!article) return `<td>${escapeHtml(file)}</td>`;
    const meta = [article.outlet, article.date, article.credits.join(', '), file].filter(Boolean).join(' · ');
    return `<td>${escapeHtml(article.title || file)}<div class="meta">${escapeHtml(meta)}</div></td>`;
  };
  // A pair that was not aligned says so, as in the app: its figures come from fingerprints.
  const figure = (value: number, estimated: boolean | undefined) => `${estimated ? '≈' : ''}${percent(value)}`;
  const share = (value: number, right: boolean, estimated: boolean | undefined) =>
    `<td><span class="bar${right ? ' r' : ''}" style="width:${Math.round(value * 80)}px"></span> ${figure(value, estimated)}</td>`;
  const rows = pairs
    .map(
      (p) =>
        `<tr>${side(p.left)}${side(p.right)}<td>${figure(p.score, p.estimated)}</td>${share(p.leftReuse, false, p.estimated)}${share(p.rightReuse, true, p.estimated)}</tr>`,
    )
    .join('\n');
  const estimated = pairs.some((p) => p.estimated) ? ' ≈: estimated from fingerprints, not aligned.' : '';
  const heading = about.heading ?? 'Wirediff scan';
  const errorList = errors.map((e) => `<li>${escapeHtml(e.path)}: ${escapeHtml(e.message)}</li>`).join('');
  const body =
    `<h1>${escapeHtml(heading)}</h1><p class="meta">${countLabel(articles.length, 'article')}, ${countLabel(pairs.length, 'pair')}, ${errors.length} unreadable. ` +
    (about.note ? `${escapeHtml(about.note)} ` : '') +
    `A in B: how much of A's text is found in B; B in A the other way.${estimated}</p>` +
    `<table><colgroup><col><col><col style="width:70px"><col style="width:150px"><col style="width:150px"></colgroup>` +
    `<thead class="caps"><tr><th>A</th><th>B</th><th>Score</th><th>A in B</th><th>B in A</th></tr></thead><tbody>${rows}</tbody></table>` +
    (errorList ? `<h2>Unreadable files</h2><ul>${errorList}</ul>` : '');
  return page(heading, body);
}
