// Run as a whole process by strayRejections.test.ts: one input whose work leaves a promise rejected
// with no handler and then never settles (what a corrupt PDF did to pdf.js), then a sound input.
// Without the guard, Node kills the process at the first one and the second is lost.
import { outcomeError } from '../checkTask';
import { guardStrayRejections, isolated } from '../strayRejections';

if (process.argv.includes('--guard')) guardStrayRejections();
const corrupt = await isolated(async () => {
  void Promise.reject(Object.assign(new Error('Bad FCHECK in flate stream'), { name: 'FormatError' }));
  return new Promise<string>(() => {});
}).then(
  (v) => `checked ${v}`,
  (e: unknown) => `error ${outcomeError(e).zh}`,
);
const sound = await isolated(async () => 'sound.pdf');
process.stdout.write(`${corrupt}\nchecked ${sound}\n`);
