// 表10 政府采购预算表 of seed 000 (柳州市科学技术局 2024年部门预算), its header and first rows as
// the page prints them: the 405 row's 政府采购项目类型/合计 is the real 0.00 error of docs/domain.md.
// Shared by the anchor and page tests (an HTML rendering of the seed's own table).
export const SEED_000_TABLE10_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>柳州市科学技术局2024年部门预算公开</title></head><body>
<h1>柳州市科学技术局2024年部门预算公开</h1>
<p>一、部门支出预算情况说明。2024年部门支出预算10,312.28万元，比上年预算增加1,231.55万元，增长13.56%。</p>
<p>表10</p><p>政府采购预算表</p><p>部门名称: 405柳州市科学技术局</p><p>单位：万元</p>
<table border="1">
<tr><th rowspan="2">科目编码</th><th rowspan="2">部门(单位)代码</th><th rowspan="2">部门(单位)名称(功能分类科目名称)</th><th rowspan="2">项目名称</th><th colspan="7">政府采购资金类型</th><th colspan="9">政府采购项目类型</th></tr>
<tr><th>合计</th><th>一般公共预算拨款</th><th>政府性基金预算拨款</th><th>国有资本经营预算拨款</th><th>财政专户管理的收入</th><th>单位资金</th><th>上级补助</th><th>合计</th><th>集中采购小计</th><th>集中采购货物类</th><th>集中采购服务类</th><th>分散采购小计</th><th>分散采购货物类</th><th>分散采购工程类</th><th>分散采购服务类</th></tr>
<tr><td></td><td></td><td>合计</td><td></td><td>177.44</td><td>177.30</td><td>0.00</td><td>0.00</td><td>0.00</td><td>0.14</td><td>0.00</td><td>177.44</td><td>20.14</td><td>8.66</td><td>11.48</td><td>157.30</td><td>0.00</td><td>0.00</td><td>157.30</td></tr>
<tr><td></td><td>405</td><td>柳州市科学技术局</td><td></td><td>177.44</td><td>177.30</td><td>0.00</td><td>0.00</td><td>0.00</td><td>0.14</td><td>0.00</td><td>0.00</td><td>20.14</td><td>8.66</td><td>11.48</td><td>157.30</td><td>0.00</td><td>0.00</td><td>157.30</td></tr>
<tr><td></td><td>405001</td><td>柳州市科学技术局</td><td></td><td>159.78</td><td>159.78</td><td>0.00</td><td>0.00</td><td>0.00</td><td>0.00</td><td>0.00</td><td>0.00</td><td>4.78</td><td>0.00</td><td>4.78</td><td>155.00</td><td>0.00</td><td>0.00</td><td>155.00</td></tr>
<tr><td>2060101</td><td></td><td>行政运行</td><td>定额商品和服务支出</td><td>0.78</td><td>0.78</td><td>0.00</td><td>0.00</td><td>0.00</td><td>0.00</td><td>0.00</td><td>0.78</td><td>0.78</td><td>0.00</td><td>0.78</td><td>0.00</td><td>0.00</td><td>0.00</td><td>0.00</td></tr>
<tr><td>2060499</td><td></td><td>其他技术研究与开发支出</td><td>柳州市科技发展专项资金</td><td>155.00</td><td>155.00</td><td>0.00</td><td>0.00</td><td>0.00</td><td>0.00</td><td>0.00</td><td>155.00</td><td>0.00</td><td>0.00</td><td>0.00</td><td>155.00</td><td>0.00</td><td>0.00</td><td>155.00</td></tr>
</table>
</body></html>`;
