// pdfjs-dist ships no types for its worker module; the CLI's pdf.js thread uses this one export.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: { initializeFromPort(port: unknown): void };
}
