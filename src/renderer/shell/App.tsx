import { useEffect } from 'react';
import { ComparisonView } from '../comparison/ComparisonView';
import { ComparisonHeader } from '../comparison/ComparisonHeader';
import { ArticleList } from '../corpus/ArticleList';
import { useGlobalKeys } from '../keyboard/use-global-keys';
import { PairList } from '../pairs/PairList';
import { useAppStore } from '../store/use-app-store';
import { FolderBar } from './FolderBar';
import { DropZone } from './DropZone';
import { HelpOverlay } from './HelpOverlay';
import { NoticeBar } from './NoticeBar';
import { OptionsDialog } from './OptionsDialog';
import { StatusBar } from './StatusBar';

export function App() {
  const theme = useAppStore((s) => s.settings.theme);
  useGlobalKeys();

  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);

  return (
    <div className="app">
      <FolderBar />
      <NoticeBar />
      <div className="workspace">
        <aside className="sidebar" aria-label="Corpus">
          <ArticleList />
          <PairList />
        </aside>
        <main className="review" aria-label="Comparison">
          <ComparisonHeader />
          <ComparisonView />
        </main>
      </div>
      <StatusBar />
      <HelpOverlay />
      <OptionsDialog />
      <DropZone />
    </div>
  );
}
