import { describe, expect, it } from 'vitest';
import { narrativeSelf } from './narrativeSelf';
import { docOf, narrativeOf, type StatementSpec } from '../../tests/support/tables';

const run = (specs: StatementSpec[]) => narrativeSelf.run(docOf('final', [], { narrative: narrativeOf(specs) }), {});

// 002: two sentences, the second copies the first one's 9.98%.
const S002 = [
  {
    id: 's1',
    subject: '收支总计',
    sentence: '2023年度收、支总计1,452.61万元，与上年相比，增加131.77万元，增长9.98%。',
    figures: [
      { role: 'amount', text: '1,452.61' },
      { role: 'delta', text: '131.77', direction: 'up', word: '增加' },
      { role: 'changePct', text: '9.98', unit: '%', direction: 'up', word: '增长' },
    ],
  },
  {
    id: 's7',
    subject: '财政拨款收支总计',
    sentence: '2023年度财政拨款收、支总计1,451.29万元，与上年相比，增加131.77万元，增长9.98%。',
    figures: [
      { role: 'amount', text: '1,451.29' },
      { role: 'delta', text: '131.77', direction: 'up', word: '增加' },
      { role: 'changePct', text: '9.98', unit: '%', direction: 'up', word: '增长' },
    ],
  },
] satisfies StatementSpec[];

// 004: 人员经费 and its 13 listed items (商品和服务支出 28.25 belongs to 公用经费).
const ITEMS_004: [string, string][] = [
  ['基本工资', '113.20'], ['津贴补贴', '56.92'], ['奖金', '56.14'], ['绩效工资', '29.33'], ['机关事业单位基本养老保险缴费', '35.09'],
  ['职业年金缴费', '7.96'], ['职工基本医疗保险缴费', '14.26'], ['其他社会保障缴费', '0.84'], ['住房公积金', '35.43'],
  ['其他工资福利支出', '2.37'], ['商品和服务支出', '28.25'], ['退休费', '21.39'], ['奖励金', '0.06'],
];
const PERSONNEL_004: StatementSpec[] = [
  {
    id: 's42',
    subject: '人员经费',
    sentence: '人员经费372.99万元，主要包括' + ITEMS_004.map(([n, v]) => `${n}${v}万元`).join('、') + '。',
    figures: [{ role: 'amount', text: '372.99' }],
    components: ITEMS_004.map((_, i) => `c${i}`),
  },
  ...ITEMS_004.map(([n, v], i) => ({ id: `c${i}`, subject: n, sentence: `${n}${v}万元`, figures: [{ role: 'amount' as const, text: v }] })),
];

describe('narrativeSelf', () => {
  it('002: 9.98% fits 1,452.61 but not 1,451.29 — only truncation gives it: fail, severity warning, message says so', () => {
    const fs = run(S002).filter((f) => f.rule === 'narrative.changePct');
    expect(fs.map((f) => f.status)).toEqual(['pass', 'fail']);
    const f = fs[1]!;
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('[9.9857%, 9.9867%]');
    expect(f.message).toContain('截断');
    expect(f.expected).toBe('9.99%');
    expect(f.refs.map((r) => r.figure)).toEqual(['s7.f3', 's7.f1', 's7.f2']);
  });

  it('a percentage nothing explains is an error', () => {
    const specs = structuredClone(S002);
    specs[1]!.sentence = specs[1]!.sentence.replace('9.98%', '9.89%');
    specs[1]!.figures[2]!.text = '9.89';
    const f = run(specs).find((x) => x.rule === 'narrative.changePct' && x.status === 'fail')!;
    expect(f.severity).toBe('error');
    expect(f.message).not.toContain('截断');
  });

  it('004: the 13 listed 人员经费 items sum to 401.24, not 372.99', () => {
    const f = run(PERSONNEL_004).find((x) => x.rule === 'narrative.components')!;
    expect(f.status).toBe('fail');
    expect(f.expected).toBe('401.24');
    expect(f.refs).toHaveLength(14);
    expect(f.message).toContain('所列各项之和超过总数');
  });

  it('004: 基本支出 401.24 = 人员经费 372.99 + 公用经费 28.25; a partial list falling short is not reported', () => {
    const base: StatementSpec[] = [
      { id: 'b', subject: '基本支出', sentence: '基本支出401.24万元，其中：', figures: [{ role: 'amount', text: '401.24' }], components: ['p', 'q'] },
      { id: 'p', subject: '人员经费', sentence: '人员经费372.99万元', figures: [{ role: 'amount', text: '372.99' }] },
      { id: 'q', subject: '公用经费', sentence: '公用经费28.25万元', figures: [{ role: 'amount', text: '28.25' }] },
    ];
    expect(run(base).map((f) => f.status)).toEqual(['pass']);
    base[0]!.components = ['p'];
    expect(run(base)).toEqual([]);
  });

  it('004: 基本支出 占 78.06% = 401.24 / 513.98 holds over the intervals (rounding), 78.16% fails', () => {
    const specs: StatementSpec[] = [
      { id: 's5', subject: '支出合计', sentence: '本年支出合计513.98万元', figures: [{ role: 'amount', text: '513.98' }], components: ['s6'] },
      {
        id: 's6',
        subject: '基本支出',
        shareOf: '支出合计',
        sentence: '基本支出401.24万元，占78.06%',
        figures: [
          { role: 'amount', text: '401.24' },
          { role: 'share', text: '78.06', unit: '%' },
        ],
      },
    ];
    const f = run(specs).find((x) => x.rule === 'narrative.share')!;
    expect(f.status).toBe('rounding');
    specs[1]!.sentence = '基本支出401.24万元，占78.16%';
    specs[1]!.figures[1]!.text = '78.16';
    expect(run(specs).find((x) => x.rule === 'narrative.share')!.status).toBe('fail');
  });

  it('000: 三公 12.56 = 比2023年预算15.91 − 3.35, 下降 21.06%; 完成年初预算 rate', () => {
    const fs = run([
      {
        id: 's54',
        subject: '三公经费',
        sentence: '2024年“三公”经费预算数为12.56万元，比2023年预算15.91万元减少3.35万元，下降21.06%。',
        figures: [
          { role: 'amount', text: '12.56' },
          { role: 'previous', text: '15.91' },
          { role: 'delta', text: '3.35', direction: 'down', word: '减少' },
          { role: 'changePct', text: '21.06', unit: '%', direction: 'down', word: '下降' },
        ],
      },
      {
        id: 's18',
        subject: '一般公共预算支出',
        sentence: '一般公共预算支出年初预算为432.31万元，支出决算为512.98万元，完成年初预算的118.66%。',
        figures: [
          { role: 'previous', text: '432.31' },
          { role: 'amount', text: '512.98' },
          { role: 'rate', text: '118.66', unit: '%' },
        ],
      },
    ]);
    expect(fs.map((f) => `${f.rule}:${f.status}`).sort()).toEqual(['narrative.changePct:pass', 'narrative.delta:pass', 'narrative.rate:pass']);
  });

  it('direction words: 002 "减少增长", 001 cause clause ending in 减少 after 增加 — warnings', () => {
    const fs = run([
      {
        id: 's30',
        subject: '三公经费',
        sentence: '“三公”经费支出3.63万元，比上年增加1.07万元，减少增长41.84%',
        figures: [
          { role: 'amount', text: '3.63' },
          { role: 'delta', text: '1.07', direction: 'up', word: '增加' },
          { role: 'changePct', text: '41.84', unit: '%', direction: 'up', word: '减少增长' },
        ],
      },
      {
        id: 's20',
        subject: '资源勘探工业信息等支出',
        sentence: '资源勘探工业信息等支出23,978.19万元，同比增加2,252.89万元，同比增长10.37%，增加的主要原因是：项目资金按照要求加强资金整合统筹减少。',
        cause: '主要原因是：项目资金按照要求加强资金整合统筹减少。',
        figures: [
          { role: 'amount', text: '23,978.19' },
          { role: 'delta', text: '2,252.89', direction: 'up', word: '增加' },
          { role: 'changePct', text: '10.37', unit: '%', direction: 'up', word: '增长' },
        ],
      },
    ]);
    const dir = fs.filter((f) => f.rule === 'narrative.direction');
    expect(dir.map((f) => [f.status, f.severity])).toEqual([
      ['fail', 'warning'],
      ['fail', 'warning'],
    ]);
    expect(dir[0]!.message).toContain('减少增长');
    expect(dir[1]!.message).toContain('以“减少”作结');
    // 41.84% itself is within rounding: 1.07 / (3.63 − 1.07).
    expect(fs.find((f) => f.rule === 'narrative.changePct' && f.refs[0]!.figure === 's30.f3')!.status).toBe('rounding');
  });

  // 002: 政府采购 97.68 = 货物 16.47 + 工程 0.00 + 服务 81.21 — the three kinds are every part.
  const PROCUREMENT_002 = (service: string): StatementSpec[] => [
    { id: 's50', subject: '政府采购', sentence: '本部门2023年度政府采购支出总额97.68万元，其中：', figures: [{ role: 'amount', text: '97.68' }], components: ['a', 'b', 'c'] },
    { id: 'a', subject: '货物类', sentence: '政府采购货物支出16.47万元、', figures: [{ role: 'amount', text: '16.47' }] },
    { id: 'b', subject: '工程类', sentence: '政府采购工程支出0.00万元、', figures: [{ role: 'amount', text: '0.00' }] },
    { id: 'c', subject: '服务类', sentence: `政府采购服务支出${service}万元。`, figures: [{ role: 'amount', text: service }] },
  ];

  it('002: a closed list (货物/工程/服务) falling short of its total fails; as printed it passes', () => {
    expect(run(PROCUREMENT_002('81.21')).map((f) => [f.rule, f.status])).toEqual([['narrative.components', 'pass']]);
    const [f] = run(PROCUREMENT_002('80.84'));
    expect(f).toMatchObject({ rule: 'narrative.components', status: 'fail', expected: '97.31' });
    expect(f!.message).toContain('其和却小于总数');
  });

  // 001: vehicles by use, every use named (zeros included); counts are exact, not rounded.
  const VEHICLES_001 = (other: string): StatementSpec[] => {
    const uses: [string, string][] = [['主要领导干部用车', '0'], ['机要通信用车', '0'], ['应急保障用车', '0'], ['执法执勤用车', '0'], ['特种专业技术用车', '0'], ['离退休干部用车', '0'], ['其他用车', other]];
    return [
      { id: 'v', subject: '车辆', sentence: '2025年我部门实有在编车辆1辆，车辆为柳州市中小企业服务中心所有，按用途划分：', figures: [{ role: 'count', text: '1', unit: '辆' }], components: uses.map((_, i) => `u${i}`) },
      ...uses.map(([n, c], i) => ({ id: `u${i}`, subject: n, sentence: `${n}${c}辆，`, figures: [{ role: 'count' as const, text: c, unit: '辆' }] })),
    ];
  };

  it('001: 车辆 1 = the seven uses; one more (or one fewer) vehicle by use is not rounding', () => {
    expect(run(VEHICLES_001('1')).map((f) => f.status)).toEqual(['pass']);
    expect(run(VEHICLES_001('2')).map((f) => f.status)).toEqual(['fail']);
    expect(run(VEHICLES_001('0')).map((f) => f.status)).toEqual(['fail']);
  });
});

describe('决算数大于/小于/等于预算数 against the printed figures (the altered Putuo PDF)', () => {
  const vs = (amount: string, budget: string, relation: 'greater' | 'less' | 'equal', text: string) => {
    const n = narrativeOf([
      {
        id: 'v',
        subject: '行政运行',
        sentence: `年初预算为${budget}万元，支出决算为${amount}万元，${text}。`,
        figures: [
          { role: 'previous', text: budget },
          { role: 'amount', text: amount },
        ],
      },
    ]);
    const st = n.statements[0]!;
    const at = n.text.indexOf(text);
    st.versusBudget = { relation, text, start: at, end: at + text.length };
    return narrativeSelf.run(docOf('final', [], { narrative: n }), {}).filter((f) => f.rule === 'narrative.versusBudget');
  };

  it('fails a wrong word: 1,511.89 is less than 1,560.05, not greater; 60.99 is not equal to 62.29', () => {
    const bad = vs('1511.89', '1560.05', 'greater', '决算数大于预算数');
    expect(bad.map((f) => [f.status, f.severity])).toEqual([['fail', 'error']]);
    expect(bad[0]!.message).toContain('决算数 1511.89万元 < 预算数 1560.05万元，与说法不符');
    expect(bad[0]!.refs.map((r) => r.value)).toEqual(['1511.89', '1560.05']);
    expect(vs('60.99', '62.29', 'equal', '决算数等于预算数').map((f) => f.status)).toEqual(['fail']);
  });

  it('passes the right word, leaves 基本持平 alone, and lets rounding explain touching figures', () => {
    expect(vs('1511.89', '1560.05', 'less', '决算数小于预算数').map((f) => f.status)).toEqual(['pass']);
    expect(vs('10.00', '10.00', 'equal', '决算数等于预算数').map((f) => f.status)).toEqual(['pass']);
    expect(vs('10.30', '10.00', 'equal', '决算数与预算数基本持平')).toEqual([]);
    expect(vs('10.0', '10.04', 'greater', '决算数大于预算数').map((f) => f.status)).toEqual(['rounding']);
  });
});
