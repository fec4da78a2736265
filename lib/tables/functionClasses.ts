// The function classes (功能分类 类): one list for the extractor, the checks and the comparisons.
// `overview` marks the 26 classes 表1 prints, in its order; `match` finds a class in a label that
// prints a name without its code (表1, 公开01, narratives), including older names.

export interface FunctionClass {
  code: string;
  name: string;
  match: RegExp;
  overview: boolean;
}

export const FUNCTION_CLASSES: readonly FunctionClass[] = [
  { code: '201', name: '一般公共服务支出', match: /一般公共服务/, overview: true },
  { code: '202', name: '外交支出', match: /外交/, overview: true },
  { code: '203', name: '国防支出', match: /国防/, overview: true },
  { code: '204', name: '公共安全支出', match: /公共安全/, overview: true },
  { code: '205', name: '教育支出', match: /教育/, overview: true },
  { code: '206', name: '科学技术支出', match: /科学技术/, overview: true },
  { code: '207', name: '文化旅游体育与传媒支出', match: /文化旅游体育与传媒|文化体育与传媒/, overview: true },
  { code: '208', name: '社会保障和就业支出', match: /社会保障和就业/, overview: true },
  { code: '209', name: '社会保险基金支出', match: /社会保险基金/, overview: false },
  { code: '210', name: '卫生健康支出', match: /卫生健康|医疗卫生/, overview: true },
  { code: '211', name: '节能环保支出', match: /节能环保/, overview: true },
  { code: '212', name: '城乡社区支出', match: /城乡社区/, overview: true },
  { code: '213', name: '农林水支出', match: /农林水/, overview: true },
  { code: '214', name: '交通运输支出', match: /交通运输/, overview: true },
  { code: '215', name: '资源勘探工业信息等支出', match: /资源勘探/, overview: true },
  { code: '216', name: '商业服务业等支出', match: /商业服务业/, overview: true },
  { code: '217', name: '金融支出', match: /金融/, overview: true },
  { code: '219', name: '援助其他地区支出', match: /援助其他地区/, overview: true },
  { code: '220', name: '自然资源海洋气象等支出', match: /自然资源海洋气象/, overview: true },
  { code: '221', name: '住房保障支出', match: /住房保障/, overview: true },
  { code: '222', name: '粮油物资储备支出', match: /粮油物资储备/, overview: true },
  { code: '223', name: '国有资本经营预算支出', match: /国有资本经营预算支出/, overview: true },
  { code: '224', name: '灾害防治及应急管理支出', match: /灾害防治及应急管理/, overview: true },
  { code: '227', name: '预备费', match: /预备费/, overview: false },
  { code: '229', name: '其他支出', match: /^其他支出$/, overview: true },
  { code: '230', name: '转移性支出', match: /转移性支出/, overview: false },
  { code: '231', name: '债务还本支出', match: /债务还本/, overview: true },
  { code: '232', name: '债务付息支出', match: /债务付息/, overview: true },
  { code: '233', name: '债务发行费用支出', match: /债务发行费用/, overview: true },
  { code: '234', name: '抗疫特别国债安排的支出', match: /抗疫特别国债/, overview: false },
];

/** The 26 class names 表1 prints, in its order. */
export const OVERVIEW_CLASS_NAMES: readonly string[] = FUNCTION_CLASSES.filter((c) => c.overview).map((c) => c.name);
