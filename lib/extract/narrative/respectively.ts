// "A、B和C分别为X万元、Y万元和Z万元，分别占P%、Q%和R%": one name list, figures in runs that map
// onto it in order. Read by position only when every run has as many figures as there are names;
// otherwise which figure is whose is not certain, and none of them is attributed.
import { readRole, type RoleReading } from './figureRole';
import type { NumberToken } from './numberTokens';

export interface RespectiveRun {
  reading: RoleReading;
  tokens: NumberToken[];
}

export interface Respectively {
  /** Compact index of the first "分别": tokens from here on belong to the runs. */
  at: number;
  /** The names before "分别" ("基本支出和项目支出" → [基本支出, 项目支出]); [] when the phrase lists none. */
  names: string[];
  runs: RespectiveRun[];
  /** Every run is as long as the name list (or, with no names, as the caller's heads). */
  shape: 'runs' | 'unclear';
}

const BARE_JOIN = /^[、,和及与]*$/;

export function respectively(str: string, tokens: NumberToken[], hasFinal: boolean): Respectively | null {
  const at = str.indexOf('分别');
  if (at < 0) return null;
  const after = tokens.filter((t) => t.from > at);
  if (after.length === 0) return null;
  const phrase = /[^,:;]*$/.exec(str.slice(0, at))![0]!.replace(/^(其中|主要包括|包括|具体为|主要为)/, '');
  const names = phrase.split(/[、和]/).filter((n) => n.length > 0);
  const runs: RespectiveRun[] = [];
  let prevEnd = at;
  let shape: Respectively['shape'] = 'runs';
  for (const t of after) {
    const lead = str.slice(prevEnd, t.from);
    prevEnd = t.unitEnd;
    const last = runs[runs.length - 1];
    if (last && BARE_JOIN.test(lead) && last.tokens[0]!.unit === t.unit) {
      last.tokens.push(t);
      continue;
    }
    const opens = lead.lastIndexOf('分别');
    const reading = opens >= 0 ? readRole(lead.slice(opens + 2), t.unit, hasFinal) : null;
    if (!reading || reading.role === 'rate' || reading.role === 'count') {
      shape = 'unclear';
      break;
    }
    runs.push({ reading, tokens: [t] });
  }
  if (shape === 'runs' && names.length >= 2 && runs.some((r) => r.tokens.length !== names.length)) shape = 'unclear';
  return { at, names: names.length >= 2 ? names : [], runs, shape };
}
