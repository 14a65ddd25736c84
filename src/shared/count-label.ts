/** "1 article", "2 articles": a count with its noun, in the singular for one. */
export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
