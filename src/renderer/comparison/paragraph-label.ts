/**
 * The numbers of a row's paragraphs on one side, 1-based. A row joins the paragraphs that
 * share text, which need not be neighbours: a gap shows as "…" and the title says where
 * the skipped ones are, so the reader knows the column is not in order there.
 */
export function paragraphLabel(side: readonly number[]): { text: string; title?: string } {
  const parts: string[] = [];
  const skipped: string[] = [];
  let count = 0;
  side.forEach((p, i) => {
    const previous = side[i - 1];
    if (previous !== undefined && p !== previous + 1) {
      parts.push('…');
      count += p - previous - 1;
      skipped.push(p === previous + 2 ? `¶${previous + 2}` : `¶${previous + 2}–¶${p}`);
    }
    parts.push(`¶${p + 1}`);
  });
  if (skipped.length === 0) return { text: parts.join(' ') };
  return {
    text: parts.join(' '),
    title: `${skipped.join(', ')} ${count === 1 ? 'stands in another row' : 'stand in other rows'}: this row joins the paragraphs that share text`,
  };
}
