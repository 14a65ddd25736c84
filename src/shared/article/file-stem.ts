/** A file's name without its extension ("03_taz.txt" → "03_taz"); a leading dot is no extension. */
export function fileStem(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}

/** The file's name in a path, with either separator ("C:\\a\\03_taz.txt", "/a/03_taz.txt" → "03_taz.txt"). */
export function fileNameOf(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
