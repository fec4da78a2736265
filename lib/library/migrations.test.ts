import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { expectedReport, SEED_001 } from '../../tests/fixtures/library/reports';
import { snapshotFromReport } from './fromReport';
import { upgradeEntry, type SnapshotMigration } from './migrations';
import { SnapshotSchema, type Snapshot } from './snapshot';

describe('snapshot migrations', () => {
  const current = snapshotFromReport(expectedReport(SEED_001), { savedAt: new Date('2026-01-01T00:00:00Z') });

  it('reads a current entry as is', () => {
    expect(upgradeEntry(JSON.parse(JSON.stringify(current)))).toEqual({ ok: true, snapshot: current, migrated: false });
  });

  it('runs each step from the stored version up to the current one, then validates', () => {
    // A future version 2 that renames `title` to `name`: the runner must apply 1 → 2 and check
    // the result against version 2's schema.
    const V2 = SnapshotSchema.omit({ v: true, title: true }).extend({ v: z.literal(2), name: z.string().nullable() });
    const steps: Record<number, SnapshotMigration> = { 1: ({ title, ...rest }) => ({ ...rest, name: title }) };
    const r = upgradeEntry(current, steps, 2, V2 as unknown as z.ZodType<Snapshot>);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.migrated).toBe(true);
      expect(r.snapshot).toMatchObject({ v: 2, name: current.title });
      expect('title' in r.snapshot).toBe(false);
    }
  });

  it('says so when a step is missing or throws', () => {
    expect(upgradeEntry(current, {}, 2)).toEqual({ ok: false, reason: expect.stringMatching(/无法从版本 1 升级/) });
    const r = upgradeEntry(current, { 1: () => { throw new Error('boom'); } }, 2);
    expect(r).toEqual({ ok: false, reason: expect.stringMatching(/升级失败.*boom/) });
  });

  it('refuses foreign values', () => {
    for (const v of [null, 42, 'x', [], { id: 'a' }, { ...current, v: 0 }, { ...current, v: '1' }]) {
      expect(upgradeEntry(v).ok).toBe(false);
    }
  });
});
