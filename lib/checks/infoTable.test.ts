import { describe, expect, it } from 'vitest';
import { infoTable } from './infoTable';
import { docOf, tableFrom } from '../../tests/support/tables';

// 004 公开10 as printed (行次, 统计数; blanks are 0).
const info004 = () =>
  tableFrom('t9', 'final.info', ['行次', '统计数'], `
\t一、政府采购情况\t\t
\t合计\t1\t6.19
\t货物\t2\t1.30
\t工程\t3\t
\t服务\t4\t4.89
\t二、机关运行经费\t\t
\t（一）行政单位\t5\t28.25
\t三、国有资产占用情况\t\t
\t（一）车辆数合计（辆）\t7\t2
\t1. 副部（省）级及以上领导用车\t8\t
\t2. 主要负责人用车\t9\t
\t4. 应急保障用车\t11\t2
\t8. 其他用车\t15\t
\t（二）单价100万元（含）以上设备（不含车辆）\t17\t`, { number: '公开10表' });

describe('infoTable (公开10)', () => {
  it('004: 政府采购 6.19 = 1.30 + 空 + 4.89; 车辆 2 = Σ by use', () => {
    const fs = infoTable.run(docOf('final', [info004()]), {});
    expect(fs.map((f) => f.status)).toEqual(['pass', 'pass']);
    expect(fs[1]!.refs).toHaveLength(5);
  });

  it('vehicle counts are exact: 3 vehicles listed under a total of 2 fail', () => {
    const t = info004();
    t.rows.find((r) => r.label === '8. 其他用车')!.cells[1] = '1';
    const f = infoTable.run(docOf('final', [t]), {})[1]!;
    expect(f.status).toBe('fail');
    expect(f.message).toContain('车辆数');
  });
});
