// The inputs of `check`: arguments, directories walked recursively (sorted, so every machine sees
// the same list), `--from LIST` (one path or URL a line, '-' for stdin), then `--shard I/N`.
import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { UsageError, type CheckCommand } from './args';
import { isUrl } from './loadInput';

/** What a directory walk picks up: every format the product reads. */
export const DOCUMENT_EXTENSIONS = new Set(['.pdf', '.html', '.htm', '.txt', '.xlsx', '.xls', '.docx']);

export interface CollectedInputs {
  inputs: string[];
  /** One plain input (not a directory, not a list): --json prints an object, not an array. */
  single: boolean;
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const path = join(dir, e.name);
    // Symbolic links are followed to files only: a link to a parent directory cannot loop.
    const isFile = e.isFile() || (e.isSymbolicLink() && (await stat(path).catch(() => null))?.isFile());
    if (e.isDirectory()) await walk(path, out);
    else if (isFile && DOCUMENT_EXTENSIONS.has(extname(e.name).toLowerCase())) out.push(path);
  }
}

function readList(from: string): string[] {
  const text = readFileSync(from === '-' ? 0 : from, 'utf8');
  return text.split(/\r?\n/).map((l) => l.replace(/^\uFEFF/, '').trim()).filter((l) => l !== '' && !l.startsWith('#'));
}

export async function collectInputs(args: Pick<CheckCommand, 'inputs' | 'from' | 'shard'>): Promise<CollectedInputs> {
  const all: string[] = [];
  let single = args.inputs.length === 1 && args.from === null;
  for (const input of [...args.inputs, ...(args.from !== null ? readList(args.from) : [])]) {
    const isDir = !isUrl(input) && (await stat(input).catch(() => null))?.isDirectory();
    if (isDir) {
      single = false;
      await walk(input, all);
    } else all.push(input); // a missing file is reported as unreadable when its turn comes
  }
  if (!args.shard) return { inputs: all, single };
  const { index, count } = args.shard;
  return { inputs: all.filter((_, i) => i % count === index - 1), single: false };
}

/** collectInputs for a command: a list that cannot be read is a usage error (exit 2), said once for every command. */
export async function collectInputsOrUsage(args: Pick<CheckCommand, 'inputs' | 'from' | 'shard'>): Promise<CollectedInputs> {
  try {
    return await collectInputs(args);
  } catch (e) {
    throw new UsageError(`无法读取输入列表 cannot read the input list: ${(e as Error).message}`);
  }
}
