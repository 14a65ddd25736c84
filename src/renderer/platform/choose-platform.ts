/**
 * The only code that knows which transport the renderer runs on: Electron's preload bridge
 * when present, else the browser host's HTTP API.
 */
import { createApiClient, type AppApi, type IpcTransport, type SavedReport } from '../../shared/ipc-contract';
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
  const api = createApiClient(createHttpTransport(token), 'browser');
  // No save dialog behind HTTP: the browser's download is the way a page saves a file.
  return {
    api: { ...api, saveReport: async (fileName, html) => downloadFile(fileName, html) },
    pathForDroppedFile: () => null,
  };
}

/** Hands `text` to the browser as a download named `fileName`. */
function downloadFile(fileName: string, text: string): SavedReport {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/html;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has its own copy once it started; the URL need not outlive this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return { saved: fileName, supported: true };
}
