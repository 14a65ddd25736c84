/**
 * The only code that knows which transport the renderer runs on: Electron's preload bridge
 * when present, else the browser host's HTTP API.
 */
import { createApiClient, type AppApi, type IpcTransport } from '../../shared/ipc-contract';
import { createHttpTransport } from './http-transport';

interface PreloadBridge {
  transport: IpcTransport;
  pathForDroppedFile(file: File): string;
}

declare global {
  interface Window {
    wirediff?: PreloadBridge;
  }
}

export interface Platform {
  api: AppApi;
  /** The file-system path of a dropped file, where the transport knows it (Electron). */
  pathForDroppedFile(file: File): string | null;
}

export function choosePlatform(): Platform {
  const bridge = window.wirediff;
  if (bridge) {
    return {
      api: createApiClient(bridge.transport, 'electron'),
      pathForDroppedFile: (file) => bridge.pathForDroppedFile(file) || null,
    };
  }
  const token = new URLSearchParams(window.location.search).get('token') ?? '';
  return { api: createApiClient(createHttpTransport(token), 'browser'), pathForDroppedFile: () => null };
}
