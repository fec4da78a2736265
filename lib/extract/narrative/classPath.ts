// The 类/款/项 path of a function-classification sentence:
// "科学技术支出(类)科学技术管理事务(款)行政运行(项)支出" → [科学技术支出, 科学技术管理事务, 行政运行].
// Names may hold their own brackets ("政府办公厅(室)及相关机构事务(款)"), so the markers are
// found by their exact text, never by bracket matching.
import { functionClass } from './subjects';

export interface ClassPath {
  path: string[];
  /** Compact index in the phrase just past the last marker. */
  end: number;
}

const NOISE = /^[:,、。;]+|[:,、。;]+$/g;

/** Finds a path in a compact phrase (no whitespace, ASCII brackets). */
export function classPath(phrase: string): ClassPath | null {
  const iClass = phrase.indexOf('(类)');
  if (iClass < 0) return null;
  const head = phrase.slice(0, iClass).replace(NOISE, '');
  // The class name is the tail of what precedes the marker (a sentence may open with filler).
  const className = functionClass(head) ?? functionClass(head + '支出') ?? head;
  const afterClass = iClass + 3;
  const iKuan = phrase.indexOf('(款)', afterClass);
  if (iKuan < 0) {
    // "一般公共服务(类)支出111.43万元", "科学技术支出(类)356.13万元": the class alone.
    return { path: [className], end: afterClass };
  }
  const iXiang = phrase.indexOf('(项)', iKuan + 3);
  if (iXiang < 0) return { path: [className, phrase.slice(afterClass, iKuan)], end: iKuan + 3 };
  return {
    path: [className, phrase.slice(afterClass, iKuan), phrase.slice(iKuan + 3, iXiang)],
    end: iXiang + 3,
  };
}
