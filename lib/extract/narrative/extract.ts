// extractNarrative: the narrative (情况说明) → statements with their figures.
// One pass over logical lines and sentences, keeping just enough context to attach each figure:
// the statement in progress, the last statement that named its own subject ("head"), a 类/款/项
// path carried from a figure-less line, and the open component lists (inline "其中：A、B" and
// block lists of "（一）… （二）…" / plain lines after a closing "其中：").
import type { Figure, FigureRole, Narrative, Statement } from '../../report/schema';
import { classPath } from './classPath';
import { readRole } from './figureRole';
import { readItemBudget, type ItemBudgetSentence, type ItemFigure } from './itemBudget';
import { respectively, type Respectively } from './respectively';
import { APPROX_BEFORE, numberTokens, type NumberToken } from './numberTokens';
import { bareWhole, inheritQualifier, normaliseSubject } from './subjects';
import { logicalLines, originalSpan, sentencesOf, type LogicalLine, type MarkerKind, type Sentence } from './textView';

/** A figure with the year of its comparison base ("比2023年预算15.91万元" → 2023). */
export interface NarrativeFigure extends Figure {
  year?: number | null;
}

/** A statement with the fields proposed as optional additions to the schema. */
export interface NarrativeStatement extends Statement {
  figures: NarrativeFigure[];
  /** The subject phrase as printed (compact: whitespace and markdown dropped). */
  subjectText: string;
  /** "全部为基本支出" → 基本支出. */
  entirely?: string;
  /** The cause clause ("减少的主要原因是：…"), kept so a check can compare its direction words. */
  cause?: { text: string; start: number; end: number };
  /** Set on a statement that restates another's amount to carry a second component list
   * ("收支总预算A。收入包括：…。支出包括：…" → 收入总计 and 支出总计, both with amount A). */
  derivedFrom?: string;
  /** "决算数小于预算数…" as printed, for the statement holding the budget (previous) and outturn (amount). */
  versusBudget?: { relation: 'greater' | 'less' | 'equal'; text: string; start: number; end: number };
}

export interface NarrativeResult extends Narrative {
  statements: NarrativeStatement[];
}

const TRIGGER = /(其中|主要包括|包括|主要用于以下方面|用于以下方面|以下方面|主要用于|用于|如下|划分)[:,]?/g;
const BLOCK_INTRO = /(其中|如下|包括|以下方面|划分)[:,]?[。;]?$/;
const SEPARATOR = /[,:、;]/;

/** The text after the last separator; "收、支总计" is one phrase, not two. */
function lastClause(lead: string): string {
  for (let i = lead.length - 1; i >= 0; i--) {
    const ch = lead[i]!;
    if (!SEPARATOR.test(ch)) continue;
    if (ch === '、' && lead[i - 1] === '收' && lead[i + 1] === '支') continue;
    return lead.slice(i + 1);
  }
  return lead;
}

/** Money and counts never add up together: a list of amounts takes no vehicle counts. */
function family(f: Figure | undefined): 'money' | 'count' | null {
  if (!f) return null;
  return f.unit === '万元' || f.unit === '元' || f.unit === '亿元' ? 'money' : f.unit === '%' ? null : 'count';
}
/** A cause clause, with the direction word it opens with ("增加的主要原因是") kept for the checks. */
const CAUSE = /((增加|减少|增长|下降|上升|降低)的)?(主要)?原因(是|为|在于|主要是)?[:]?|主要是因为|是由于|这是因为/;
const FLAT = /(与|较|比)(上年|去年|上一年|\d{4}年)(度)?(相比|同期)?,?[^,;。]{0,24}?(持平|相同|无变化)|同比(持平|无变化)/g;
/** The subject phrase readRole leaves before a change against the budget ("比年初预算", "与年初预算相比", "决算数较年初预算数"). */
const BUDGET_COMPARISON = /(决算数?)?(比|较|与)(年初|全年|调整后的?)(预算数?)?(相比)?$/;
const LAST_YEAR_COMPARISON = /同比|(比|较|与)(上年|去年|上一年|\d{4}年)/;
const ENTIRELY = /全部为(基本支出|项目支出)/;
/** An outturn compared with its budget in words: 大于 / 小于 / 等于 / (基本)持平. */
const VERSUS_BUDGET = /决算数?(大于|小于|等于|高于|低于|超过)(年初|全年)?预算数?|决算数?与(?:年初|全年)?预算数?((?:基本)?(?:持平|相同|一致|相等))/;

interface InlineList {
  parent: NarrativeStatement | null;
}

interface BlockList {
  parent: NarrativeStatement | null;
  itemMarker: MarkerKind | null | undefined;
  /** The last item line carried only a path: its figures come on the next line. */
  pendingItem: boolean;
}

interface Carry {
  path: string[];
  subjectText: string;
}

export function extractNarrative(text: string): NarrativeResult {
  return new NarrativeParser(text).run();
}

class NarrativeParser {
  private readonly statements: NarrativeStatement[] = [];
  private nextId = 1;
  private headings: { level: number; text: string }[] = [];
  private sectionRoot: NarrativeStatement | null = null;
  private lastHead: NarrativeStatement | null = null;
  private prevSentenceHeads: NarrativeStatement[] = [];
  /** Heads of the sentences joined by "；" up to the last one: items of a parallel list
   * ("因公出国费180万元，占…；公务用车…304.4万元，占…；公务接待费185.72万元，占…。"). */
  private runHeads = 0;
  private lastEndedSemicolon = false;
  private carry: Carry | null = null;
  private blocks: BlockList[] = [];
  /** Block list whose item the current line is, until its first head is found. */
  private itemList: BlockList | null = null;
  private inline: InlineList | null = null;
  /** The marked list a plain line may be continuing. */
  private continuing: BlockList | null = null;
  /** Statements so far that named their own subject outside an inline list. */
  private headCount = 0;
  private readonly parentOf = new Map<string, NarrativeStatement>();
  /** A change against the budget → the statement whose amount it restates. */
  private readonly budgetChangeOf = new Map<NarrativeStatement, NarrativeStatement>();
  /** Lists opened by 其中: one item under 其中 is a part ("of which"), not a decomposition. */
  private readonly ofWhich = new Set<string>();

  constructor(private readonly text: string) {}

  run(): NarrativeResult {
    const lines = logicalLines(this.text);
    lines.forEach((line, i) => this.line(line, i));
    return { text: this.text, statements: this.finish() };
  }

  /** Drops lists that are not decompositions: empty ones, a single item under 其中, and lists with
   * an item that shows no amount of its own (a partial list would read as a sum that fails). */
  private finish(): NarrativeStatement[] {
    const dropped = new Set<string>();
    const byId = new Map(this.statements.map((st) => [st.id, st]));
    const own = (st: NarrativeStatement | undefined): boolean =>
      !!st && st.figures.some((f) => f.role === 'amount' || f.role === 'count');
    for (const st of this.statements) {
      if (!st.components) continue;
      if (
        st.components.length === 0 ||
        (st.components.length === 1 && this.ofWhich.has(st.id)) ||
        !st.components.every((id) => own(byId.get(id)))
      ) {
        delete st.components;
        if (st.derivedFrom) dropped.add(st.id);
      }
    }
    this.distributive();
    return dropped.size ? this.statements.filter((st) => !dropped.has(st.id)) : this.statements;
  }

  /** "收入、支出预算总计15,897.44万元，与上年相比收、支预算总计各增加2,248.37万元，增长16.47%": 各
   * says the change holds for each of the two totals, and the sentence printed their one amount just
   * before. The change's statement takes that amount, so its percentage is checked. The amount may
   * also close the sentence just before (决算: "收入、支出决算总计1,080.00万元。与上年相比，收、支总计各
   * 增加80.00万元，增长8.00%。") when that sentence says nothing else and this one opens with the
   * comparison; both must speak of the same totals (财政拨款 on both sides or on neither). */
  private distributive(): void {
    this.statements.forEach((st, i) => {
      if (!/各$/.test(st.subjectText) || st.figures.some((f) => f.role === 'amount')) return;
      if (!st.figures.some((f) => f.role === 'delta' || f.role === 'changePct')) return;
      const prev = this.statements[i - 1];
      if (!prev) return;
      const sameSentence = !/[。；;]/.test(this.text.slice(prev.start, st.start));
      if (!sameSentence && !this.adjacentWhole(prev, st, this.statements[i - 2])) return;
      const amounts = prev.figures.filter((f) => f.role === 'amount');
      // the amount must be said of both totals ("收入、支出预算总计15,897.44万元"), as the change is
      const said = this.text.slice(Math.max(prev.start, (amounts[0]?.start ?? 0) - 24), amounts[0]?.start ?? 0);
      if (amounts.length !== 1 || !/收.{0,3}支/.test(said) || !/收.*支/.test(st.subjectText)) return;
      if (/财政拨款/.test(said) !== /财政拨款/.test(st.subjectText)) return;
      st.figures.unshift({ ...amounts[0]!, id: `${st.id}.each` });
    });
  }

  /** `prev` is the whole sentence just before `st`'s, with one figure, and `st`'s sentence opens with
   * the comparison and the 各 subject ("与上年相比，收、支总计各增加…"), naming nothing else first. */
  private adjacentWhole(prev: NarrativeStatement, st: NarrativeStatement, before: NarrativeStatement | undefined): boolean {
    if (prev.figures.length !== 1 || (before && before.end > prev.start)) return false;
    if (!/^\s*[。.]\s*$/.test(this.text.slice(prev.figures[0]!.end, st.start).replace(/^\s*万?\s*元/, ''))) return false;
    const opening = this.text.slice(st.start, st.figures[0]!.start).replace(/\s+/g, '');
    return /^(与|较|比)(上年|去年|上一年|\d{4}年)度?(决算|预算)?数?(相比)?[，,]?(财政拨款)?收[、,]?支(预算|决算)?总计各(增加|减少|增长|下降)了?$/.test(opening);
  }

  // ---- structure -------------------------------------------------------------------------

  private section(): string | null {
    return this.headings.length ? this.headings[this.headings.length - 1]!.text : null;
  }

  private inPerformanceSection(): boolean {
    return this.headings.some((h) => /绩效/.test(h.text));
  }

  private heading(line: LogicalLine): void {
    this.headings = this.headings.filter((h) => h.level < line.level);
    const raw = this.text.slice(line.start, line.end).replace(/[*#]/g, '').replace(/\s+/g, ' ').trim();
    this.headings.push({ level: line.level, text: raw.replace(/^[-•]\s*/, '') });
    this.sectionRoot = null;
    this.lastHead = null;
    this.prevSentenceHeads = [];
    this.carry = null;
    this.blocks = [];
    this.inline = null;
  }

  private line(line: LogicalLine, index: number): void {
    if (line.heading) return this.heading(line);
    const item = this.inPerformanceSection() ? null : readItemBudget(line.compact, line.markerLength);
    if (item) return this.itemBudget(line, index, item);
    // A parallel list runs over "；" inside one paragraph.
    this.lastEndedSemicolon = false;
    if (line.marker) this.inline = null;
    this.continuing = null;
    this.itemList = line.inline ? this.matchInline(line.marker) : this.matchBlock(line.marker);
    if (line.marker) this.carry = null;
    const before = this.statements.length;
    const headsBefore = this.headCount;
    const sentences = sentencesOf(line, index);
    sentences.forEach((s, k) => this.sentence(s, k === sentences.length - 1));
    const top = this.blocks[this.blocks.length - 1];
    // A plain line with nothing to count ends a list of plain lines.
    if (top && top === this.itemList && top.itemMarker === null && !top.pendingItem && this.statements.length === before) {
      this.blocks.pop();
    }
    // A plain line inside a list of marked items continues the item ("…支出决算为10.00万元。\n决算数与预算数基本持平。"),
    // unless it names subjects of its own: then the list has ended.
    if (this.continuing && this.blocks[this.blocks.length - 1] === this.continuing && this.headCount > headsBefore) {
      this.blocks.pop();
    }
    // An inline list ending a line with "；" goes on with the next line ("…占11.11%；\n卫生健康支出（类）…"),
    // unless a list of plain lines is open: then the next line is that list's item.
    const plainListOpen = this.blocks.some((b) => b.itemMarker === null);
    if (!/;$/.test(line.compact.s) || plainListOpen) this.inline = null;
    this.itemList = null;
  }

  /** A per-item budget paragraph (itemBudget.ts): the item's statement (X, compared with the
   * tables) and the statement of its plan (B against A and C%), derived from the item's. Neither
   * is a part of a list: the paragraphs enumerate items, they do not add up to the heading. */
  private itemBudget(line: LogicalLine, index: number, item: ItemBudgetSentence): void {
    this.inline = null;
    this.itemList = null;
    this.continuing = null;
    this.carry = null;
    const c = line.compact;
    const s: Sentence = { c, start: line.start, end: line.end, line: index, first: true };
    const token = (f: ItemFigure): NumberToken => {
      const start = c.map[f.from]!;
      const end = c.map[f.to - 1]! + 1;
      return { from: f.from, to: f.to, unitEnd: f.to + f.unit.length, unit: f.unit, text: this.text.slice(start, end), start, end, value: f.value };
    };
    const name = item.path[2]!;
    const span = originalSpan(c, item.pathFrom, item.pathTo);
    const subjectText = this.text.slice(span.start, span.end).replace(/\s+/g, '');
    const own = this.newStatement(s, name, subjectText, item.path);
    own.year = item.plannedYear;
    this.addFigure(own, s, token(item.amount), 'amount', {});
    const plan = this.newStatement(s, name, subjectText, item.path);
    plan.year = item.plannedYear;
    plan.derivedFrom = own.id;
    this.addFigure(plan, s, token(item.planned), 'amount', {});
    this.addFigure(plan, s, token(item.executed), 'previous', { year: item.executedYear });
    if (item.change) {
      const wordStart = c.map[item.change.wordFrom]!;
      this.addFigure(plan, s, token(item.change), 'changePct', { year: item.baseYear, direction: item.change.direction, directionWord: this.text.slice(wordStart, wordStart + item.change.word.length) });
    }
    if (item.flat) plan.flat = true;
    const tail = c.s.slice(item.end);
    const cause = CAUSE.exec(tail);
    if (cause) {
      const from = item.end + cause.index;
      plan.cause = { text: this.text.slice(c.map[from]!, line.end), start: c.map[from]!, end: line.end };
    }
    this.lastHead = own;
    this.prevSentenceHeads = [own];
  }

  /** An item split off inside a paragraph joins the open list when it fits, and ends none. */
  private matchInline(marker: MarkerKind | null): BlockList | null {
    const top = this.blocks[this.blocks.length - 1];
    if (!top || marker === null) return null;
    if (top.itemMarker === undefined) top.itemMarker = marker;
    return top.itemMarker === marker ? top : null;
  }

  /** The open block list this line is an item of (closing the lists it ends). */
  private matchBlock(marker: MarkerKind | null): BlockList | null {
    while (this.blocks.length) {
      const top = this.blocks[this.blocks.length - 1]!;
      if (top.itemMarker === undefined) {
        top.itemMarker = marker;
        return top;
      }
      if (top.itemMarker === marker) return top;
      if (marker === null && top.pendingItem) return top;
      if (marker === null && top.itemMarker !== null) {
        this.continuing = top;
        return null;
      }
      this.blocks.pop();
    }
    return null;
  }

  // ---- statements ------------------------------------------------------------------------

  private newStatement(s: Sentence, subject: string, subjectText: string, path: string[] | null): NarrativeStatement {
    const st: NarrativeStatement = {
      id: `s${this.nextId++}`,
      start: s.start,
      end: s.end,
      section: this.section(),
      subject,
      subjectText,
      path,
      shareOf: null,
      flat: false,
      figures: [],
      year: null,
    };
    this.statements.push(st);
    return st;
  }

  private addFigure(st: NarrativeStatement, s: Sentence, t: NumberToken, role: FigureRole, extra: Partial<NarrativeFigure>): void {
    const fig: NarrativeFigure = {
      id: `${st.id}.f${st.figures.length + 1}`,
      role,
      text: t.text,
      value: t.value,
      unit: t.unit,
      direction: extra.direction ?? null,
      directionWord: extra.directionWord ?? null,
      start: t.start,
      end: t.end,
    };
    if (extra.year !== undefined && extra.year !== null) fig.year = extra.year;
    st.figures.push(fig);
    st.end = Math.max(st.end, s.end);
    st.start = Math.min(st.start, s.start);
  }

  private has(st: NarrativeStatement, role: FigureRole): boolean {
    return st.figures.some((f) => f.role === role);
  }

  /** A component list's parent; a parent that already lists components gets a restatement. */
  private listParent(parent: NarrativeStatement | null, s: Sentence, prefix: string, ofWhich = false): NarrativeStatement | null {
    const list = this.openList(parent, s, prefix);
    if (list && ofWhich) this.ofWhich.add(list.id);
    return list;
  }

  private openList(parent: NarrativeStatement | null, s: Sentence, prefix: string): NarrativeStatement | null {
    if (!parent) return null;
    let subject = parent.subject;
    const side = /^(收入|支出)$/.exec(prefix);
    if (side && /收支总计$/.test(subject)) subject = subject.replace(/收支总计$/, `${side[1]}总计`);
    if (!parent.components && subject === parent.subject) {
      parent.components = [];
      return parent;
    }
    const amount = parent.figures.find((f) => f.role === 'amount' || f.role === 'count');
    if (!amount) {
      parent.components ??= [];
      return parent;
    }
    const derived = this.newStatement(s, subject, parent.subjectText, parent.path);
    derived.year = parent.year ?? null;
    derived.derivedFrom = parent.id;
    derived.figures.push({ ...amount, id: `${derived.id}.f1` });
    derived.components = [];
    return derived;
  }

  private addComponent(list: { parent: NarrativeStatement | null } | null, st: NarrativeStatement, first: Figure): void {
    if (!list?.parent || list.parent === st) return;
    // An item opens with its own figure (or the budget before it), never with a share or a change.
    if (first.role !== 'amount' && first.role !== 'count' && first.role !== 'previous') return;
    const base = list.parent.figures.find((f) => f.role === 'amount' || f.role === 'count');
    if (base && family(base) !== family(first)) return;
    list.parent.components!.push(st.id);
    this.parentOf.set(st.id, list.parent);
  }

  private sentence(s: Sentence, lastInLine: boolean): void {
    const str = s.c.s;
    const causeMatch = CAUSE.exec(str);
    const causeAt = causeMatch ? causeMatch.index : str.length;
    const performance = this.inPerformanceSection();
    const hasFinal = /决算/.test(str);
    // In 绩效 sections only the project count is in scope: skip reading long target texts.
    // "按与上年统计口径一致相比，本年比上年减少…": a second comparison on another basis, after the
    // printed one; its figures belong to no statement the checks could hold them to.
    const otherBasis = /^(如|若)?(按|以)[^,;。]{0,20}口径/.test(str);
    const tokens = otherBasis || (performance && !/项目\d/.test(str)) ? [] : numberTokens(s, this.text).filter((t) => t.from < causeAt);
    const heads: NarrativeStatement[] = [];
    let current: NarrativeStatement | null = null;
    let prevEnd = 0;
    let sentenceYear: number | null = null;
    const firstYear = /(^|[^比较])(\d{4})年/.exec(str.slice(0, tokens[0]?.from ?? str.length));
    if (firstYear) sentenceYear = Number(firstYear[2]);
    // A change of its own in this sentence: an amount here is not the one an earlier change awaits.
    const changeHere = /(增加|减少|增长|下降|上升|降低|增幅|降幅|提高)了?(为|达)?\d/.test(str.slice(0, causeAt));
    const opening = /^([^,:;]{2,30}?)中,/.exec(str);
    const wholeOf = opening ? normaliseSubject(opening[1]!).subject || null : null;
    /** Statement in progress at each compact index (for 持平 and cause clauses). */
    const touched: { at: number; st: NarrativeStatement }[] = [];
    let orphanBudgetChange = false;

    // "A和B分别为X万元和Y万元": the figures after 分别 are read by position (respective()).
    const resp = tokens.length && !performance ? respectively(str, tokens, hasFinal) : null;
    for (const t of resp ? tokens.filter((x) => x.from < resp.at) : tokens) {
      const leadStart = prevEnd;
      let lead = str.slice(leadStart, t.from);
      prevEnd = t.unitEnd;
      // A list trigger in the lead opens an inline list before this figure.
      let trig: RegExpExecArray | null = null;
      for (const m of lead.matchAll(TRIGGER)) trig = m;
      if (trig && !performance) {
        const before = str.slice(0, leadStart + trig.index);
        const prefix = lastClause(lead.slice(0, trig.index));
        let parent: NarrativeStatement | null;
        if (trig[1] === '划分' || /划分/.test(before.slice(-12))) parent = heads[heads.length - 1] ?? this.sectionRoot;
        else if (/^(收入|支出)$/.test(prefix)) parent = heads[heads.length - 1] ?? this.lastHead;
        else if (heads.length) {
          // The list's parent is the last head counted like the item after the trigger (money or vehicles).
          const kind = t.unit === '万元' || t.unit === '元' || t.unit === '亿元' ? 'money' : 'count';
          parent = [...heads].reverse().find((h) => family(h.figures.find((f) => f.role === 'amount' || f.role === 'count')) === kind) ?? null;
        }
        else if (before.replace(/[,:]/g, '') === '') parent = this.prevSentenceHeads.length === 1 ? this.prevSentenceHeads[0]! : null;
        else parent = null;
        // "按资金来源划分，其中：A" lists every source, even when there is one.
        const ofWhich = trig[1] === '其中' && !/划分/.test(before.slice(-12));
        this.inline = { parent: this.listParent(parent, s, prefix, ofWhich) };
        lead = lead.slice(trig.index + trig[0].length);
      }
      // "比上年增加近20万元": the qualifier is no part of the role words (the figure is left unread).
      const clause = t.approximate ? lastClause(lead).replace(APPROX_BEFORE, '') : lastClause(lead);
      const reading = readRole(clause, t.unit, hasFinal);
      if (!reading) continue;
      if (performance && !(reading.role === 'count' && /项目$/.test(clause))) continue;

      // Subject: a 类/款/项 path, a named phrase, or none.
      const path = classPath(reading.subjectPhrase);
      let subject = '';
      let subjectText = reading.subjectPhrase;
      if (path) subject = path.path[path.path.length - 1]!;
      else {
        subject = normaliseSubject(reading.subjectPhrase).subject;
        if (reading.role === 'count') {
          if (/编制|职数|单位$|科室|机构/.test(clause) || (t.unit === '个' && !/项目|团组|接待/.test(clause))) continue;
        }
      }
      if (subject) subject = inheritQualifier(subject, current?.subject ?? null);
      // "支出预算1,080.00万元，其中：基本支出…": the sentence's first figure, its 其中 list right after.
      else if (!path && reading.role === 'amount' && leadStart === 0 && !current && /^[,;]?其中/.test(str.slice(t.unitEnd))) {
        subject = bareWhole(reading.subjectPhrase) ?? '';
      }

      let st: NarrativeStatement | null = null;
      let awaited: NarrativeStatement | null = null;
      // "决算230.00万元，比年初预算减少20.00万元，下降8.00%": a change against the budget, not last
      // year. It gets a statement of its own restating the amount (derived, never set against the
      // tables), so its rate is checked and a change against last year in the same sentence stays apart.
      const change = reading.role === 'delta' || reading.role === 'changePct';
      const vsBudget = change ? BUDGET_COMPARISON.exec(reading.subjectPhrase) : null;
      if (vsBudget) {
        // "公务接待费比年初预算减少…" names its own subject: it must be the statement's.
        const named = normaliseSubject(reading.subjectPhrase.slice(0, vsBudget.index)).subject;
        // A sentence opening with the comparison ("…；比年初预算减少…") speaks of the last head.
        const held = current ?? (this.lastEndedSemicolon || !s.first ? this.lastHead : null);
        const main = (held && this.budgetChangeOf.get(held)) ?? held;
        if (!main || !this.has(main, 'amount') || main.derivedFrom || (named && named !== main.subject)) {
          orphanBudgetChange = true;
          continue;
        }
        const derived = this.newStatement(s, main.subject, main.subjectText, main.path);
        derived.year = main.year ?? null;
        derived.derivedFrom = main.id;
        derived.figures.push({ ...main.figures.find((f) => f.role === 'amount')!, id: `${derived.id}.f1` });
        this.budgetChangeOf.set(derived, main);
        this.addFigure(derived, s, t, reading.role, reading);
        current = derived;
        touched.push({ at: t.unitEnd, st: derived });
        continue;
      }
      // The rate of a change against the budget no amount was found for: no statement takes it.
      if (change && orphanBudgetChange && !subject && !LAST_YEAR_COMPARISON.test(clause)) continue;
      orphanBudgetChange = false;
      // "…；比上年增加10.00万元" after a change against the budget goes back to the statement itself.
      if (change && current && this.budgetChangeOf.has(current) && LAST_YEAR_COMPARISON.test(clause)) {
        current = this.budgetChangeOf.get(current)!;
      }
      const fresh = (): NarrativeStatement => {
        const created = this.newStatement(s, subject, subjectText, path?.path ?? null);
        created.year = sentenceYear;
        return created;
      };
      const opensStatement = reading.role === 'amount' || reading.role === 'previous' || reading.role === 'count';
      if (subject) {
        if (current && current.subject === subject && !this.has(current, reading.role)) st = current;
        else if (opensStatement) {
          awaited = reading.role === 'amount' && !current && !changeHere ? this.awaitingAmount(subject, sentenceYear) : null;
          st = awaited ?? fresh();
        }
        else st = this.findRecent(subject) ?? fresh();
      } else if (this.carry && opensStatement && !current) {
        subject = this.carry.path[this.carry.path.length - 1]!;
        subjectText = this.carry.subjectText;
        st = this.newStatement(s, subject, subjectText, this.carry.path);
        st.year = sentenceYear;
        this.carry = null;
      } else if (current && !(reading.role === 'amount' && this.has(current, 'amount'))) {
        st = current;
      } else if (!current && this.lastHead && !(reading.role === 'amount' && this.has(this.lastHead, 'amount'))) {
        st = this.lastHead;
      }
      if (!st) continue;

      const isNew = st.figures.length === 0 && st !== current;
      if (reading.role === 'share') {
        // "占100.00%" names no base: it is the share of the list's parent, or of the whole the
        // sentence opens with ("“三公”经费财政拨款支出决算中，公务接待费…占100.00%").
        const base = reading.shareOf
          ? normaliseSubject(reading.shareOf).subject || reading.shareOf
          : (this.parentOf.get(st.id)?.subject ?? wholeOf);
        st.shareOf = base;
      }
      this.addFigure(st, s, t, reading.role, reading);
      if (isNew) {
        if (this.inline) this.addComponent(this.inline, st, st.figures[0]!);
        else {
          heads.push(st);
          this.headCount++;
          if (this.itemList) {
            this.addComponent(this.itemList, st, st.figures[0]!);
            this.itemList.pendingItem = false;
            this.itemList = null;
          }
        }
      }
      // The completed statement heads this sentence: a "其中：" list after it details it.
      if (awaited && !heads.includes(awaited)) heads.push(awaited);
      current = st;
      touched.push({ at: t.unitEnd, st });
    }

    if (resp) {
      const made = this.respective(resp, s, str, heads, sentenceYear, wholeOf);
      for (const st of made) {
        heads.push(st);
        this.headCount++;
        current = st;
        touched.push({ at: resp.at, st });
      }
    }

    // 类/款/项 named on a line of its own: its figures follow on the next line.
    if (tokens.length === 0 && !performance) {
      const path = classPath(str);
      if (path) {
        this.carry = { path: path.path, subjectText: str.replace(/[。;]$/, '') };
        if (this.itemList) this.itemList.pendingItem = true;
      }
    }

    const at = (i: number): NarrativeStatement | null => {
      let found: NarrativeStatement | null = null;
      for (const x of touched) if (x.at <= i) found = x.st;
      return found ?? (touched.length ? null : this.lastHead);
    };
    for (const m of str.matchAll(FLAT)) {
      // "与上年基本持平" is approximate wording, not a claim of equality.
      if (/(基本|大体|大致|略)(持平|相同|无变化)$/.test(m[0])) continue;
      const st = at(m.index!);
      // "…减少0.15万元，其中：因公出国（境）费支出与上一年度持平": the clause names its own subject;
      // 持平 is that subject's, not the statement's in progress.
      const named = normaliseSubject(lastClause(str.slice(0, m.index!)).replace(/^(本年|今年|当年)(预算|决算)?数?$/, '')).subject;
      if (named && st && named !== st.subject) continue;
      if (st) st.flat = true;
    }
    const entirely = ENTIRELY.exec(str);
    if (entirely && current) current.entirely = entirely[1];
    // "决算数小于年初预算数的主要原因…": the words a check compares with the two figures.
    const versus = VERSUS_BUDGET.exec(str);
    const vsTarget = versus ? (at(versus.index) ?? current) : null;
    if (versus && vsTarget && this.has(vsTarget, 'previous')) {
      const word = versus[1] ?? versus[2]!;
      const relation = /大于|高于|超过/.test(word) ? 'greater' : /小于|低于/.test(word) ? 'less' : 'equal';
      const span = originalSpan(s.c, versus.index, versus.index + versus[0].length);
      vsTarget.versusBudget = { relation, text: this.text.slice(span.start, span.end), ...span };
    }
    // "…下降2.98%。主要原因是：…经费增加。": a cause sentence of its own explains the statement before it.
    const causeOf = current ?? (causeMatch?.index === 0 && tokens.length === 0 && this.lastHead && !this.lastHead.cause ? this.lastHead : null);
    if (causeMatch && causeOf) {
      const from = causeMatch.index;
      const span = { start: s.c.map[from]!, end: s.end };
      causeOf.cause = { text: this.text.slice(span.start, span.end), start: span.start, end: span.end };
    }

    // Lists announced at the end of a sentence: items come on the following lines.
    const tail = str.slice(tokens.length ? tokens[tokens.length - 1]!.unitEnd : 0);
    if (lastInLine && !performance) {
      if (tokens.length === 0 && /划分/.test(str)) {
        this.blocks.push({ parent: this.listParent(this.sectionRoot, s, ''), itemMarker: undefined, pendingItem: false });
      } else if (BLOCK_INTRO.test(tail) && causeAt === str.length) {
        const parent = tokens.length ? heads[heads.length - 1] ?? null : this.introParent(str);
        this.blocks.push({ parent: this.listParent(parent, s, '', /其中/.test(tail)), itemMarker: undefined, pendingItem: false });
      }
    }

    if (heads.length) {
      this.runHeads = this.lastEndedSemicolon ? this.runHeads + heads.length : heads.length;
      this.prevSentenceHeads = heads;
      this.lastHead = heads[heads.length - 1]!;
      this.sectionRoot ??= heads.find((h) => this.has(h, 'amount')) ?? null;
    } else if (tokens.length) {
      this.prevSentenceHeads = [];
    }
    // An inline list runs on over "；" but ends with the sentence ("。").
    if (!/[;]$/.test(str)) this.inline = null;
    if (tokens.length) this.lastEndedSemicolon = /;$/.test(str);
  }

  /** The runs after "分别": new statements for the names (an amount run), or the figures added to the
   * named statements / this sentence's heads in order. When the shape is unclear the figures go to
   * one statement without a subject, unread (value null): they are listed as not checked. */
  private respective(r: Respectively, s: Sentence, str: string, heads: NarrativeStatement[], year: number | null, wholeOf: string | null): NarrativeStatement[] {
    const amountRun = r.runs.find((x) => x.reading.role === 'amount');
    const made: NarrativeStatement[] = [];
    let targets: NarrativeStatement[] | null = null;
    if (r.shape === 'runs' && r.runs.length) {
      if (r.names.length && amountRun) {
        const opening = /[^,:;]*$/.exec(str.slice(0, r.at))![0]!;
        const before = str.slice(0, r.at - opening.length);
        const listed = /^(其中|主要包括|包括)/.test(opening) ? opening : /(其中|主要包括|包括):$/.exec(before)?.[1] ?? '';
        const parent = listed ? (heads[heads.length - 1] ?? (this.prevSentenceHeads.length === 1 ? this.prevSentenceHeads[0]! : null)) : null;
        const list = parent ? this.listParent(parent, s, '', /^其中/.test(listed)) : null;
        targets = r.names.map((n) => {
          const path = classPath(n);
          const subject = path ? path.path[path.path.length - 1]! : normaliseSubject(n).subject;
          const st = this.newStatement(s, subject, n, path?.path ?? null);
          st.year = year;
          made.push(st);
          return st;
        });
        if (targets.some((t) => !t.subject)) targets = null;
        else if (list) {
          for (const [k, st] of targets.entries()) {
            const t = amountRun.tokens[k]!;
            this.addFigure(st, s, t, 'amount', amountRun.reading);
            this.addComponent({ parent: list }, st, st.figures[0]!);
          }
        }
      } else if (r.names.length) {
        const byName = r.names.map((n) => heads.find((h) => h.subject === normaliseSubject(n).subject) ?? null);
        targets = byName.every((h) => h) ? (byName as NarrativeStatement[]) : null;
      } else if (!amountRun && heads.length === r.runs[0]!.tokens.length && r.runs.every((x) => x.tokens.length === heads.length)) {
        targets = heads;
      }
    }
    if (!targets) {
      for (const st of made) this.statements.splice(this.statements.indexOf(st), 1);
      const st = this.newStatement(s, '', `${/[^,:;]*$/.exec(str.slice(0, r.at))![0]!}分别`, null);
      for (const run of r.runs) for (const t of run.tokens) this.addFigure(st, s, { ...t, value: null }, run.reading.role, run.reading);
      return st.figures.length ? [] : (this.statements.pop(), []);
    }
    for (const run of r.runs) {
      run.tokens.forEach((t, k) => {
        const st = targets![k]!;
        if (run === amountRun && st.figures.some((f) => f.role === 'amount')) return;
        if (run.reading.role === 'share') {
          st.shareOf = run.reading.shareOf ? normaliseSubject(run.reading.shareOf).subject || run.reading.shareOf : (this.parentOf.get(st.id)?.subject ?? wholeOf);
        }
        this.addFigure(st, s, t, run.reading.role, run.reading);
      });
    }
    return made;
  }

  /** The statement a figure-less list intro ("具体情况如下：", "财政拨款支出主要内容如下：") details:
   * the previous sentence's one head — unless that sentence closed a parallel list of items each
   * with its own amount (the enumeration then details the items, it does not sum to the last), or
   * the intro names another subject. */
  private introParent(str: string): NarrativeStatement | null {
    if (this.prevSentenceHeads.length !== 1 || this.runHeads > 1) return null;
    const head = this.prevSentenceHeads[0]!;
    const m = BLOCK_INTRO.exec(str);
    const named = m ? str.slice(0, m.index).replace(/(的)?(主要|具体)?(内容|情况|明细|构成|用途)?(主要|具体)?$/, '') : '';
    const subject = named ? normaliseSubject(named).subject : '';
    if (subject && subject !== head.subject && !/^(具体|主要|明细|情况)/.test(named)) return null;
    return head;
  }

  /** "基本支出比上年减少39.20万元，下降1.52%。基本支出预算为2,547.75万元。" (the change printed
   * before the figure): the amount of the sentence right after completes the last statement when
   * it has the same subject and year, a change but no amount, and belongs to no list. */
  private awaitingAmount(subject: string, year: number | null): NarrativeStatement | null {
    const st = this.statements[this.statements.length - 1];
    if (!st || st.subject !== subject || st.section !== this.section() || st.derivedFrom || st.components || this.parentOf.has(st.id)) return null;
    if ((st.year ?? year) !== (year ?? st.year)) return null;
    if (this.has(st, 'amount') || this.has(st, 'previous') || this.has(st, 'count')) return null;
    if (!this.has(st, 'delta') && !this.has(st, 'changePct')) return null;
    return this.lastHead === st ? st : null;
  }

  private findRecent(subject: string): NarrativeStatement | null {
    const section = this.section();
    for (let i = this.statements.length - 1; i >= 0; i--) {
      const st = this.statements[i]!;
      if (st.section !== section) return null;
      if (st.subject === subject && !st.derivedFrom) return st;
    }
    return null;
  }
}
