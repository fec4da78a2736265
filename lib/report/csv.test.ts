import { describe, expect, it } from 'vitest';
import { csvField, tableToCsv } from './csv';
import type { Table } from './schema';

describe('CSV for Excel', () => {
  it('starts with a BOM and quotes fields with commas', () => {
    const t: Table = {
      id: 't2', title: '部门收入总体情况表', kind: 'budget.income', page: null,
      columns: ['合计', '本年收入/小计'],
      rows: [{ code: '510', label: '柳州市工业和信息化局', cells: ['30,688.06', null] }],
    };
    const csv = tableToCsv(t);
    expect(csv.startsWith('\uFEFF编码,项目,合计,本年收入/小计\r\n')).toBe(true);
    expect(csv).toContain('510,柳州市工业和信息化局,"30,688.06",\r\n');
  });

  it('neutralises spreadsheet formulas in labels but keeps negative amounts', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-3.20')).toBe('-3.20');
    expect(csvField('-cmd')).toBe("'-cmd");
  });
});
