/**
 * The preload: exactly the IPC contract's transport, nothing else, plus the path of a
 * dropped file. No npm dependencies; the sandbox allows only `electron`.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { PUSH_CHANNEL, REQUEST_CHANNELS, type IpcTransport, type PushEvent } from '../shared/ipc-contract';

const allowed = new Set<string>(REQUEST_CHANNELS);

const transport = {
  invoke: (channel, payload) => {
    if (!allowed.has(channel)) return Promise.reject(new Error(`Unknown channel: ${channel}`));
    return ipcRenderer.invoke(channel, payload);
  },
  subscribe: (listener) => {
    const wrapped = (_event: IpcRendererEvent, pushed: PushEvent) => listener(pushed);
    ipcRenderer.on(PUSH_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(PUSH_CHANNEL, wrapped);
    };
  },
} satisfies IpcTransport;

export interface PreloadBridge {
  transport: IpcTransport;
  pathForDroppedFile(file: File): string;
}

contextBridge.exposeInMainWorld('wirediff', {
  transport,
  pathForDroppedFile: (file: File) => webUtils.getPathForFile(file),
} satisfies PreloadBridge);
