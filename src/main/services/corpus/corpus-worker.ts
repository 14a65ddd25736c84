/**
 * The corpus worker thread: receives requests from the session, runs them with the same
 * task functions the in-thread fallback uses, and transfers typed arrays back.
 */
import { parentPort } from 'node:worker_threads';
import { createWorkerTasks } from './corpus-worker-tasks';
import { lowerThreadPriority } from './lower-thread-priority';
import type { WorkerRequest } from './worker-protocol';

const port = parentPort;
if (port) {
  lowerThreadPriority();
  const tasks = createWorkerTasks();
  port.on('message', (message: { id: number; request: WorkerRequest }) => {
    tasks.handle(message.request).then(
      ({ reply, transfer }) => port.postMessage({ id: message.id, reply }, transfer as ArrayBuffer[]),
      (error: unknown) =>
        port.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) }),
    );
  });
  port.postMessage({ ready: true });
}
