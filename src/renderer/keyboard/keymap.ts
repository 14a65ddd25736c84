/**
 * The keymap: a key chord → a command name. Pure, so tests cover it without a DOM.
 * Single-letter keys only act when no text field has focus.
 */
export type KeyCommand =
  | 'next-change'
  | 'previous-change'
  | 'first-change'
  | 'last-change'
  | 'moved-copy'
  | 'next-pair'
  | 'previous-pair'
  | 'swap-sides'
  | 'toggle-cosmetic'
  | 'toggle-inline'
  | 'toggle-help'
  | 'focus-sidebar'
  | 'focus-filter'
  | 'focus-view'
  | 'open-folder'
  | 'open-options'
  | 'save-report'
  | 'save-ranking-report'
  | 'close-overlay';

export interface KeyChord {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

export interface KeyBinding {
  keys: string;
  command: KeyCommand;
  description: string;
}

/** Shown in the help overlay, in this order. */
export const KEY_BINDINGS: KeyBinding[] = [
  { keys: 'Alt+↓  F8  N', command: 'next-change', description: 'Next change' },
  { keys: 'Alt+↑  F7  P', command: 'previous-change', description: 'Previous change' },
  { keys: 'Alt+Home', command: 'first-change', description: 'First change' },
  { keys: 'Alt+End', command: 'last-change', description: 'Last change' },
  { keys: 'M', command: 'moved-copy', description: 'Go to the other copy of a moved passage' },
  { keys: ']', command: 'next-pair', description: 'Next pair in the ranking' },
  { keys: '[', command: 'previous-pair', description: 'Previous pair in the ranking' },
  { keys: 'S', command: 'swap-sides', description: 'Swap sides' },
  { keys: 'C', command: 'toggle-cosmetic', description: 'Toggle the cosmetic fold' },
  { keys: 'I', command: 'toggle-inline', description: 'Inline or side by side' },
  { keys: 'Ctrl+1', command: 'focus-sidebar', description: 'Focus the sidebar' },
  { keys: 'Ctrl+F', command: 'focus-filter', description: 'Focus the filter' },
  { keys: 'Ctrl+2', command: 'focus-view', description: 'Focus the comparison' },
  { keys: 'Ctrl+O', command: 'open-folder', description: 'Open a folder' },
  { keys: 'Ctrl+S', command: 'save-report', description: 'Save the comparison as an HTML report' },
  { keys: 'Ctrl+Shift+S', command: 'save-ranking-report', description: 'Save the ranking as an HTML report' },
  { keys: 'Ctrl+,', command: 'open-options', description: 'Options' },
  { keys: '?', command: 'toggle-help', description: 'Show or hide this help' },
  { keys: 'Esc', command: 'close-overlay', description: 'Close help or a dialog' },
];

/**
 * `inTextField`: a field that takes typed letters has focus. `inSelect`: a picker has focus,
 * whose Alt+↓ / Alt+↑ open and close it.
 */
export function commandForChord(chord: KeyChord, inTextField: boolean, inSelect = false): KeyCommand | null {
  const ctrl = chord.ctrlKey || chord.metaKey;
  if (chord.key === 'Escape') return 'close-overlay';
  if (chord.key === 'F8') return 'next-change';
  if (chord.key === 'F7') return 'previous-change';
  if (chord.altKey && !ctrl) {
    if (inSelect && (chord.key === 'ArrowDown' || chord.key === 'ArrowUp')) return null;
    const alt: Record<string, KeyCommand> = {
      ArrowDown: 'next-change',
      ArrowUp: 'previous-change',
      Home: 'first-change',
      End: 'last-change',
    };
    return alt[chord.key] ?? null;
  }
  if (ctrl && !chord.altKey) {
    if (chord.shiftKey && chord.key.toLowerCase() === 's') return 'save-ranking-report';
    const withCtrl: Record<string, KeyCommand> = {
      '1': 'focus-sidebar',
      '2': 'focus-view',
      f: 'focus-filter',
      o: 'open-folder',
      s: 'save-report',
      ',': 'open-options',
    };
    return withCtrl[chord.key.toLowerCase()] ?? null;
  }
  if (inTextField || ctrl || chord.altKey) return null;
  const plain: Record<string, KeyCommand> = {
    n: 'next-change',
    p: 'previous-change',
    m: 'moved-copy',
    ']': 'next-pair',
    '[': 'previous-pair',
    s: 'swap-sides',
    c: 'toggle-cosmetic',
    i: 'toggle-inline',
    '?': 'toggle-help',
  };
  return plain[chord.key.length === 1 ? chord.key.toLowerCase() : chord.key] ?? null;
}

/** Commands that act while help or a dialog is open: the ones that close it. */
export function actsBehindOverlay(command: KeyCommand): boolean {
  return command === 'close-overlay' || command === 'toggle-help';
}
