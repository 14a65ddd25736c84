import { useEffect, useState } from 'react';
import { collectDroppedFiles, isArticleFileName } from '../corpus/collect-dropped-files';
import { readDroppedTexts } from '../corpus/read-dropped-texts';
import type { ReadError } from '../../shared/article/article';
import { useAppStoreApi, usePlatform } from '../store/use-app-store';

/** Drops anywhere on the window: a folder opens as the corpus, files join it. */
export function DropZone() {
  const store = useAppStoreApi();
  const platform = usePlatform();
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    let depth = 0;
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const onLeave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      event.preventDefault();
      depth = 0;
      setDragging(false);
      if (!event.dataTransfer) return;
      void handleDrop(event.dataTransfer);
    };

    async function handleDrop(transfer: DataTransfer): Promise<void> {
      const state = store.getState();
      try {
        const contents = await collectDroppedFiles(transfer, platform.pathForDroppedFile);
        const folderPath = contents.folderPaths[0];
        if (folderPath) await state.openFolder(folderPath);
        else if (contents.folder) {
          const read = await readDroppedTexts(contents.folder.files);
          if (read.texts.length > 0) await state.openTexts(contents.folder.name, read.texts);
          reportProblems(read.skipped, read.errors);
        }
        const paths = contents.files.flatMap((f) => (f.path !== null && isArticleFileName(f.name) ? [f.path] : []));
        const unreadable = contents.files
          .filter((f) => f.path !== null && !isArticleFileName(f.name))
          .map((f) => f.name);
        const read = await readDroppedTexts(contents.files.filter((f) => f.path === null));
        if (paths.length > 0 || read.texts.length > 0) await state.addFiles(paths, read.texts);
        reportProblems([...unreadable, ...read.skipped], read.errors);
      } catch (error) {
        state.showNotice({
          kind: 'error',
          text: `Could not read the drop: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
    }

    function reportProblems(skipped: string[], errors: ReadError[]): void {
      if (errors.length > 0) {
        const first = errors[0]!;
        store.getState().showNotice({ kind: 'error', text: `Could not add ${first.path}: ${first.message}.` });
      }
      if (skipped.length === 0) return;
      const names = skipped.slice(0, 3).join(', ') + (skipped.length > 3 ? ` and ${skipped.length - 3} more` : '');
      store.getState().showNotice({
        kind: 'info',
        text: `Not an article file Wirediff can read here, so it was skipped: ${names}.`,
      });
    }

    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [store, platform]);

  if (!dragging) return null;
  return (
    <div className="drop-overlay" role="status">
      <div className="drop-message">
        <strong>Drop to add articles</strong>
        <span>A folder opens as the corpus; files join the articles already open.</span>
      </div>
    </div>
  );
}
