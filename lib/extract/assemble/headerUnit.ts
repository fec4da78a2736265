// A money unit written into the column headers ("金额（万元）", "预算数(万元)", "合计（单位：元）")
// instead of a unit line: taken off the column names (so 合计 is still 合计) and, when every
// such header says the same unit, that is the table's unit. Headers naming different units
// leave the names as printed and the unit unknown (never a guess).
import type { MoneyUnit } from '../../amount/index';

const HEADER_UNIT = /\s*[（(]\s*(?:(?:金额)?单位\s*[:：]\s*)?(千元|万元|亿元|元)\s*[)）]\s*$/;

export function headerUnit(paths: string[]): { paths: string[]; unit: MoneyUnit | null } {
  const units = new Set<string>();
  const stripped = paths.map((p) =>
    p
      .split('/')
      .map((part) => {
        const m = HEADER_UNIT.exec(part);
        if (!m || m.index === 0) return part;
        units.add(m[1]!);
        return part.slice(0, m.index);
      })
      .join('/'),
  );
  if (units.size !== 1) return { paths, unit: null };
  return { paths: stripped, unit: [...units][0] as MoneyUnit };
}
