// What an office attachment made from a seed page must share with the page itself: the same
// tables cell for cell and the same failing checks (the engine sees one document, whatever its
// form). Used by the sheet and Word fixture tests.
import { readFileSync } from 'node:fs';
import { checkDocument } from '../../lib/checkDocument';
import { type ExpectedDoc, scoreCells, toExpected } from '../../lib/extract/assemble/expected';
import { extractHtml } from '../../lib/extract/html/index';
import type { DocModel, Finding } from '../../lib/report/schema';
import { fixturePath } from '../shared';

/** The seeds the fixture generator converts (scripts/make-fixtures.ts, OFFICE_SEEDS). */
export const OFFICE_SEEDS = ['001-sample', '004_13042d54f6cda286'] as const;

export const officeFixture = (name: string): Uint8Array => new Uint8Array(readFileSync(fixturePath('office', name)));

export function pageOf(seed: string): { doc: DocModel; expected: ExpectedDoc; fails: string[] } {
  const { doc } = extractHtml(readFileSync(fixturePath('html', `${seed}.html`), 'utf8'), `${seed}.html`);
  return { doc, expected: toExpected(doc), fails: failsOf(doc) };
}

const signature = (f: Finding): string => `${f.rule} ${f.message}`;

/** Failing findings, each as rule + message (the message states the computation with the figures). */
export function failsOf(doc: DocModel, only?: (f: Finding) => boolean): string[] {
  return checkDocument(doc)
    .findings.filter((f) => f.status === 'fail' && (!only || only(f)))
    .map(signature)
    .sort();
}

/** A finding about tables alone (no narrative figure among its refs). */
export const isTableOnly = (f: Finding): boolean => f.refs.length > 0 && f.refs.every((r) => r.table !== null && r.figure === undefined);

export const shape = (d: ExpectedDoc) =>
  d.tables.map((t) => ({ id: t.id, title: t.title, kind: t.kind, group: t.group, part: t.part, columns: t.columns, rows: t.rows.length }));

export function cellScore(doc: DocModel, expected: ExpectedDoc) {
  return scoreCells(toExpected(doc), expected);
}
