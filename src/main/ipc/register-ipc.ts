/**
 * The Electron transport: one handler per request channel, all through `dispatchRequest`,
 * after checking that the message comes from our own window's top frame.
 */
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { REQUEST_CHANNELS } from '../../shared/ipc-contract';
import { dispatchRequest, type RequestHandlers } from '../services/dispatch-request';

export function registerIpc(handlers: RequestHandlers, getWindow: () => BrowserWindow | null): void {
  for (const channel of REQUEST_CHANNELS) {
    ipcMain.handle(channel, async (event, payload: unknown) => {
      assertTrustedSender(event, getWindow());
      return dispatchRequest(handlers, channel, payload);
    });
  }
}

function assertTrustedSender(event: IpcMainInvokeEvent, window: BrowserWindow | null): void {
  const frame = event.senderFrame;
  const trusted =
    window !== null &&
    event.sender === window.webContents &&
    frame !== null &&
    frame === window.webContents.mainFrame &&
    (frame.url.startsWith('file://') ||
      (process.env.ELECTRON_RENDERER_URL !== undefined && frame.url.startsWith(process.env.ELECTRON_RENDERER_URL)));
  if (!trusted) throw new Error('Blocked an IPC message from an untrusted sender.');
}
