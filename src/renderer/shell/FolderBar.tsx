import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useAppStore, useAppStoreApi } from '../store/use-app-store';

/** The top bar: which folder is open, and a way to open another (typed path or dialog). */
export function FolderBar() {
  const corpus = useAppStore((s) => s.corpus);
  const transport = useAppStore((s) => s.transport);
  const theme = useAppStore((s) => s.settings.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  const setHelpOpen = useAppStore((s) => s.setHelpOpen);
  const setOptionsOpen = useAppStore((s) => s.setOptionsOpen);

  return (
    <header className="folder-bar">
      <h1 className="brand">
        <span className="brand-mark" aria-hidden="true" />
        Wirediff
      </h1>
      <FolderForm openPath={corpus?.path ?? ''} canBrowse={transport === 'electron'} />
      <span className="corpus-label">{corpus ? corpus.label : ''}</span>
      <button type="button" className="button" onClick={() => setOptionsOpen(true)} title="Options (Ctrl+,)">
        Options
      </button>
      <label className="theme-picker">
        <span className="visually-hidden">Theme</span>
        <select value={theme} onChange={(e) => setTheme(e.target.value as typeof theme)} aria-label="Theme">
          <option value="system">System theme</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>
      <button
        type="button"
        className="button icon-button"
        onClick={() => setHelpOpen(true)}
        aria-label="Keyboard shortcuts"
      >
        ?
      </button>
    </header>
  );
}

/**
 * The path box shows the open folder, except while the user types another: a folder that
 * finishes opening meanwhile (the demo at start) must not overwrite what is being typed.
 */
function FolderForm(props: { openPath: string; canBrowse: boolean }) {
  const openFolder = useAppStore((s) => s.openFolder);
  const store = useAppStoreApi();
  const chooseFolder = useAppStore((s) => s.chooseFolder);
  const recentFolders = useAppStore((s) => s.settings.recentFolders);
  const input = useRef<HTMLInputElement>(null);
  const submitted = useRef(false);
  // null: the box follows the open folder.
  const [draft, setDraft] = useState<string | null>(null);
  const path = draft ?? props.openPath;

  useEffect(() => {
    if (submitted.current || document.activeElement !== input.current) setDraft(null);
    submitted.current = false;
  }, [props.openPath]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!path.trim()) return;
    submitted.current = true;
    void openFolder(path.trim()).then(() => {
      // Opened: the next keys (n, s, i…) are for the comparison, not more letters for the box.
      if (store.getState().notice?.kind !== 'error' && document.activeElement === input.current) input.current?.blur();
    });
  };

  return (
    <form className="folder-form" onSubmit={submit} role="search" aria-label="Open a folder">
      <label htmlFor="folder-path" className="visually-hidden">
        Folder path
      </label>
      <input
        id="folder-path"
        ref={input}
        className="folder-input"
        value={path}
        onChange={(e) => setDraft(e.target.value)}
        placeholder="/path/to/articles"
        spellCheck={false}
        list="recent-folders"
        autoComplete="off"
      />
      {/* Recent folders, offered as suggestions (the desktop app also lists them in File › Open Recent). */}
      <datalist id="recent-folders">
        {recentFolders.map((folder) => (
          <option key={folder} value={folder} />
        ))}
      </datalist>
      <button type="submit" className="button">
        Open
      </button>
      {props.canBrowse && (
        <button type="button" className="button" onClick={() => void chooseFolder()}>
          Browse…
        </button>
      )}
    </form>
  );
}
