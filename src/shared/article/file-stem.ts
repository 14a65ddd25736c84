/** A file's name without its extension ("03_taz.txt" → "03_taz"); a leading dot is no extension. */
export function fileStem(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}
