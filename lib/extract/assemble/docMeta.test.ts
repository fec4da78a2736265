import { describe, expect, it } from 'vitest';
import { cleanDepartment, readDepartment } from './docMeta';

describe('department of a document', () => {
  it('never takes site chrome, outline numbers or part headings for the name', () => {
    expect(cleanDepartment('当前位置： 首页 > 重庆市交通委员会')).toBe('重庆市交通委员会');
    expect(cleanDepartment('第二部分 佛山市轨道交通局')).toBe('佛山市轨道交通局');
    expect(cleanDepartment('五、')).toBeNull();
    expect(cleanDepartment('第二部分')).toBeNull();
    expect(cleanDepartment('部门')).toBeNull();
  });
  it('a title broken over lines gives way to the whole name printed elsewhere', () => {
    const texts = ['上海市普陀区规划和自然', '资源局', '2024 年度部门决算', '目 录', '第一部分 上海市普陀区规划和自然资源局概况', '第二部分 上海市普陀区规划和自然资源局 2024 年度部门决算表'];
    expect(readDepartment(texts, '资源局2024 年度部门决算', [null])).toBe('上海市普陀区规划和自然资源局');
  });
  it('reads the name between the year and 部门预算 (Jiangsu covers), and the tables\' 编制部门', () => {
    expect(readDepartment(['2017 年度江苏省高级人民法院部门预算公开', '第一部分 部门概况'], '2017 年度江苏省高级人民法院部门预算公开', [])).toBe('江苏省高级人民法院');
    expect(readDepartment(['2026年部门预算'], null, ['上海市普陀区司法局', '上海市普陀区司法局'])).toBe('上海市普陀区司法局');
  });
});

describe('tables the document announces', () => {
  it('lists tables, not the part headings above them', async () => {
    const { announcedTables } = await import('./docMeta');
    expect(announcedTables(['四、2026年杭州市司法局预算公开表', '五、单位预算表', '第二部分 2018年度部门预算表', '表1.2026年市级部门收支预算总表', '一、收支预算总表', '综合评价得分情况表'])).toEqual(['表1.2026年市级部门收支预算总表', '收支预算总表', '综合评价得分情况表']);
  });
});
