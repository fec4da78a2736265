// The thread pdf.js's worker runs on in the built CLI (dist/cli/pdf-worker.mjs; see
// lib/extract/pdf/pdfWorkerThread.ts): pdf.worker.mjs answering on this thread's parentPort.
import { parentPort } from 'node:worker_threads';
import { pdfjsPort } from '../lib/extract/pdf/pdfWorkerThread';

// Whatever pdf.js prints goes to stderr: stdout is the JSON the user pipes on.
console.log = console.info = console.error;
const { WorkerMessageHandler } = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
WorkerMessageHandler.initializeFromPort(pdfjsPort(parentPort!));
