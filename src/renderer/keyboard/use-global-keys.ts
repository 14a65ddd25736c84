/** The one window-level key listener: chord → command → store action. */
import { useEffect } from 'react';
import { useAppStoreApi } from '../store/use-app-store';
import { actsBehindOverlay, commandForChord, type KeyCommand } from './keymap';

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Focuses the first of `selectors` that is on the page, in the order given (not the document's). */
function focus(...selectors: string[]): void {
  for (const selector of selectors) {
    const element = document.querySelector<HTMLElement>(selector);
    if (element) return element.focus();
  }
}

export function useGlobalKeys(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    const run = (command: KeyCommand): void => {
      const s = store.getState();
      const actions: Record<KeyCommand, () => void> = {
        'next-change': s.nextChange,
        'previous-change': s.previousChange,
        'first-change': s.firstChange,
        'last-change': s.lastChange,
        'moved-copy': s.goToMovedCopy,
        'next-pair': () => s.stepPair(1),
        'previous-pair': () => s.stepPair(-1),
        'swap-sides': s.swapSides,
        'toggle-cosmetic': s.toggleCosmeticFold,
        'toggle-inline': () => s.setViewMode(s.settings.viewMode === 'inline' ? 'side-by-side' : 'inline'),
        'toggle-help': () => s.setHelpOpen(!s.helpOpen),
        'focus-sidebar': () => focus('.pair-item[aria-current="true"], .pair-item'),
        'focus-filter': () => focus('#corpus-filter', '#folder-path'),
        'focus-view': () => focus('#comparison-rows'),
        'open-folder': () => (s.transport === 'electron' ? void s.chooseFolder() : focus('#folder-path')),
        'open-options': () => s.setOptionsOpen(true),
        'save-report': () => void s.saveReport(),
        'save-ranking-report': () => void s.saveRankingReport(),
        'close-overlay': () => {
          s.setHelpOpen(false);
          s.setOptionsOpen(false);
        },
      };
      actions[command]();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const command = commandForChord(
        event,
        isTextField(event.target),
        event.target instanceof HTMLElement && event.target.tagName === 'SELECT',
      );
      if (!command) return;
      const { helpOpen, optionsOpen } = store.getState();
      const overlay = helpOpen || optionsOpen;
      // What a dialog hides must not change behind it: only closing it acts.
      if (overlay && !actsBehindOverlay(command)) return;
      // With nothing to close, Esc is the field's own (a search box clears itself).
      if (command === 'close-overlay' && !overlay) return;
      event.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
