/**
 * The Electron shell: lifecycle, single-instance lock, menus and the window. Everything it
 * does beyond that is delegated to the plain-Node services in ./services.
 */
import { app, dialog, Menu, nativeTheme, type BrowserWindow } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PushEvent, SavedReport } from '../shared/ipc-contract';
import { PUSH_CHANNEL } from '../shared/ipc-contract';
import { registerIpc } from './ipc/register-ipc';
import { findLaunchPath } from './launch-arguments';
import { buildMenu, type MenuActions } from './menu';
import { createAppServices } from './services/app-services';
import { createMainWindow, denyAllPermissions } from './window';

const resourcesDir = app.isPackaged ? process.resourcesPath : join(__dirname, '../../resources');
let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    // A second launch with a folder opens it here, in the running window.
    const path = findLaunchPath(argv, app.isPackaged);
    if (path) send({ type: 'folder-requested', path });
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  void app.whenReady().then(start);
}

function send(event: PushEvent): void {
  mainWindow?.webContents.send(PUSH_CHANNEL, event);
  // Long work shows on the taskbar too: reading and ranking progress, cleared when pairs are final.
  if (event.type === 'corpus') {
    const corpus = event.event;
    if (corpus.type === 'progress') {
      mainWindow?.setProgressBar(corpus.total > 0 && corpus.done < corpus.total ? corpus.done / corpus.total : 2);
    } else if (corpus.type === 'pairs' && corpus.exact) mainWindow?.setProgressBar(-1);
  }
}

async function chooseFolder(): Promise<string | null> {
  const options = { properties: ['openDirectory' as const] };
  const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** The report goes where the user says; the dialog starts in Documents, never in the article folder. */
async function saveReport(fileName: string, html: string): Promise<SavedReport> {
  const options = {
    defaultPath: join(app.getPath('documents'), fileName),
    filters: [{ name: 'HTML report', extensions: ['html'] }],
  };
  const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return { saved: null, supported: true };
  await writeFile(result.filePath, html, 'utf8');
  return { saved: result.filePath, supported: true };
}

async function start(): Promise<void> {
  denyAllPermissions();
  const userDataDir = app.getPath('userData');
  const services = createAppServices({
    transport: 'electron',
    userDataDir,
    demoFolder: join(resourcesDir, 'demo-corpus'),
    startPath: findLaunchPath(process.argv, app.isPackaged),
    emit: send,
    watch: true,
    keepWorkers: true,
    overrides: {
      'dialog:choose-folder': async () => ({ path: await chooseFolder(), supported: true }),
      'dialog:save-report': ({ fileName, html }) => saveReport(fileName, html),
    },
  });
  registerIpc(services.handlers, () => mainWindow);

  const actions: MenuActions = {
    openFolderDialog: () => send({ type: 'command', command: 'open-folder-dialog' }),
    openFolder: (path) => send({ type: 'folder-requested', path }),
    send: (command) => send({ type: 'command', command }),
  };
  const refreshMenu = (recent: readonly string[]) => Menu.setApplicationMenu(buildMenu(recent, actions));
  // The theme setting also drives native parts (menus, dialogs, scroll bars): 'system' follows the OS.
  const applySettings = (saved: { recentFolders: string[]; theme: 'system' | 'light' | 'dark' }) => {
    refreshMenu(saved.recentFolders);
    nativeTheme.themeSource = saved.theme;
  };
  services.settings.onChange(applySettings);
  applySettings(await services.settings.load());

  mainWindow = createMainWindow(join(resourcesDir, 'icon.png'));
  mainWindow.on('closed', () => (mainWindow = null));
  app.on('window-all-closed', () => {
    void services.dispose();
    app.quit();
  });
}
