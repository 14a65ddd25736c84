/**
 * What a drop holds: folders and files, with a file-system path where the transport knows it
 * (Electron), else the File objects themselves, read through the entries API for folders.
 */
export interface DroppedFile {
  /** Path relative to the dropped folder, or the file name. */
  name: string;
  file: File;
  path: string | null;
}

export interface DropContents {
  /** Folders dropped whose path is known (Electron): opened as the corpus. */
  folderPaths: string[];
  /** A dropped folder without a path (browser): its files, and the folder's name. */
  folder: { name: string; files: DroppedFile[] } | null;
  files: DroppedFile[];
}

const ARTICLE_FILE = /\.(txt|md|markdown|html?)$/i;

export function isArticleFileName(name: string): boolean {
  return ARTICLE_FILE.test(name);
}

export async function collectDroppedFiles(
  transfer: DataTransfer,
  pathForFile: (file: File) => string | null,
): Promise<DropContents> {
  const contents: DropContents = { folderPaths: [], folder: null, files: [] };
  const items = [...transfer.items].filter((item) => item.kind === 'file');
  // Entries must be taken synchronously, before the first await ends the drop event.
  const entries = items.map((item) => ({ entry: item.webkitGetAsEntry?.() ?? null, file: item.getAsFile() }));
  const plainFiles = items.length === 0 ? [...transfer.files] : [];

  for (const { entry, file } of entries) {
    const path = file ? pathForFile(file) : null;
    if (entry?.isDirectory) {
      if (path) contents.folderPaths.push(path);
      else if (!contents.folder) {
        contents.folder = { name: entry.name, files: await readDirectoryEntry(entry as FileSystemDirectoryEntry, '') };
      }
    } else if (file) {
      contents.files.push({ name: file.name, file, path });
    }
  }
  for (const file of plainFiles) contents.files.push({ name: file.name, file, path: pathForFile(file) });
  return contents;
}

async function readDirectoryEntry(directory: FileSystemDirectoryEntry, prefix: string): Promise<DroppedFile[]> {
  const children = await readAllEntries(directory.createReader());
  const files: DroppedFile[] = [];
  for (const child of children) {
    if (child.name.startsWith('.')) continue;
    const name = `${prefix}${child.name}`;
    if (child.isDirectory) files.push(...(await readDirectoryEntry(child as FileSystemDirectoryEntry, `${name}/`)));
    else if (child.isFile) {
      const file = await new Promise<File>((resolve, reject) => (child as FileSystemFileEntry).file(resolve, reject));
      files.push({ name, file, path: null });
    }
  }
  return files;
}

/** readEntries returns at most ~100 entries a call; call until it returns none. */
async function readAllEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}
