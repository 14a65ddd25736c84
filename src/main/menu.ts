/** The application menu: File › Open Folder… (Ctrl/Cmd+O), recent folders, and the review keys. */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { ShellCommand } from '../shared/ipc-contract';

export interface MenuActions {
  openFolderDialog(): void;
  openFolder(path: string): void;
  send(command: ShellCommand): void;
}

export function buildMenu(recentFolders: readonly string[], actions: MenuActions): Menu {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Open Folder…', accelerator: 'CmdOrCtrl+O', click: () => actions.openFolderDialog() },
        {
          label: 'Open Recent',
          submenu:
            recentFolders.length > 0
              ? recentFolders.map((path) => ({ label: path, click: () => actions.openFolder(path) }))
              : [{ label: 'No recent folders', enabled: false }],
        },
        // The renderer's keymap handles Ctrl+S and Ctrl+Shift+S, as it does the review keys.
        { label: 'Save Report…\tCtrl+S', click: () => actions.send('save-report') },
        { label: 'Save Ranking Report…\tCtrl+Shift+S', click: () => actions.send('save-ranking-report') },
        { type: 'separator' },
        { label: 'Options…', accelerator: 'CmdOrCtrl+,', click: () => actions.send('show-options') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&Review',
      submenu: [
        // Shown here for discovery; the renderer's keymap handles the keys themselves.
        { label: 'Next Change\tAlt+Down / F8 / N', click: () => actions.send('next-change') },
        { label: 'Previous Change\tAlt+Up / F7 / P', click: () => actions.send('previous-change') },
        { label: 'Next Pair\t]', click: () => actions.send('next-pair') },
        { label: 'Previous Pair\t[', click: () => actions.send('previous-pair') },
        { type: 'separator' },
        { label: 'Swap Sides\tS', click: () => actions.send('swap-sides') },
        { label: 'Toggle Cosmetic Fold\tC', click: () => actions.send('toggle-cosmetic') },
        { label: 'Toggle Inline View\tI', click: () => actions.send('toggle-inline') },
      ],
    },
    { role: 'viewMenu' },
    {
      role: 'help',
      submenu: [{ label: 'Keyboard Shortcuts\t?', click: () => actions.send('toggle-help') }],
    },
  ];
  return Menu.buildFromTemplate(template);
}
