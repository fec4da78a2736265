// Repairs the digit body of a printed number as PDF text extraction leaves it: spaces inside
// ("10, 312. 28"), the decimal point turned into a comma ("10, 312, 28"), full-width forms.
// It never guesses: a body whose digits cannot be placed safely comes back as damaged.

/** Full-width ASCII (U+FF01–FF5E) and odd spaces/minus signs to plain ASCII. Deliberately not
 * NFKC: NFKC would also turn circled numbers (①) and other list markers into digits. */
export function toHalfWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCodePoint(c - 0xfee0);
    else if (c === 0x3000 || c === 0x00a0 || c === 0x2002 || c === 0x2003 || c === 0x2009 || c === 0x202f) out += ' ';
    else if (c === 0x2212 || c === 0xfe63) out += '-'; // − and small hyphen-minus: minus signs
    else if (c === 0xfe52) out += '.'; // small full stop
    else if (c === 0xfe50) out += ','; // small comma
    else out += ch;
  }
  return out;
}

export type DigitRepair =
  | {
      ok: true;
      /** Integer digits, no separators ("10312"). */
      intDigits: string;
      /** Fraction digits as printed ("28"); '' when none. */
      fracDigits: string;
      /** The document groups thousands with commas. */
      grouped: boolean;
      /** What was repaired, for the record ("spaces removed", "last comma read as decimal point"). */
      repairs: string[];
    }
  | { ok: false; reason: string };

const BODY = /^[0-9][0-9,. ]*$/;

/**
 * Repairs a number body made of digits, ',', '.', and spaces (sign, unit, % already removed).
 * `expectDecimals`: the decimals the column shows; a spaced fraction shorter than that is a
 * digit lost in extraction ("172. 4" for 172.4x) and comes back damaged.
 */
export function repairDigits(body: string, expectDecimals?: number): DigitRepair {
  const s = body.trim();
  if (!BODY.test(s) || !/[0-9]$/.test(s)) return { ok: false, reason: 'not a digit body' };
  const repairs: string[] = [];
  // Spaces are only damage when they touch a separator; a space between two digits could be
  // two cells run together, so it is not repaired.
  if (/[0-9] +[0-9]/.test(s)) return { ok: false, reason: 'space between digits' };
  const compact = s.replace(/ +/g, '');
  if (compact !== s) repairs.push('spaces removed');
  // A spaced fraction (". 4") is where PDF extraction drops digits.
  const spacedFraction = /[.,] +[0-9]+$/.test(s);

  const groups = compact.split(/[,.]/);
  const seps = compact.replace(/[0-9]/g, '');
  if (groups.some((g) => g === '')) return { ok: false, reason: 'separator without digits' };

  let intGroups: string[];
  let frac = '';
  if (seps === '') {
    intGroups = groups;
  } else if (/^,*\.$/.test(seps)) {
    intGroups = groups.slice(0, -1);
    frac = groups[groups.length - 1]!;
  } else if (/^,+$/.test(seps)) {
    const last = groups[groups.length - 1]!;
    if (last.length === 3) {
      intGroups = groups;
    } else if (last.length === 2 && groups.length >= 3) {
      // "10, 312, 28": a final comma followed by exactly 2 digits after a comma group was
      // the decimal point (amounts are printed with 2 decimals).
      intGroups = groups.slice(0, -1);
      frac = last;
      repairs.push('last comma read as decimal point');
    } else {
      return { ok: false, reason: `comma group of ${last.length} digits` };
    }
  } else {
    return { ok: false, reason: `separators out of order (${seps})` };
  }

  const grouped = intGroups.length > 1;
  if (grouped) {
    if (intGroups[0]!.length > 3 || intGroups.slice(1).some((g) => g.length !== 3)) {
      return { ok: false, reason: 'thousands groups of the wrong size (a digit lost or a separator misplaced)' };
    }
    if (intGroups[0]!.startsWith('0')) return { ok: false, reason: 'leading zero before a thousands separator' };
  }
  const intDigits = intGroups.join('');
  if (
    spacedFraction &&
    expectDecimals !== undefined &&
    frac.length < expectDecimals
  ) {
    return { ok: false, reason: `spaced fraction has ${frac.length} of ${expectDecimals} expected decimals (digit lost in extraction)` };
  }
  return { ok: true, intDigits, fracDigits: frac, grouped, repairs };
}

/** Groups integer digits by thousands: "10312" → "10,312". One pass over the digits: the
 * lookahead regex this replaces re-scanned the rest of the string at every position (quadratic,
 * minutes on a 1 MB cell). */
export function groupThousands(intDigits: string): string {
  const head = intDigits.length % 3 || 3;
  const parts: string[] = [intDigits.slice(0, head)];
  for (let i = head; i < intDigits.length; i += 3) parts.push(intDigits.slice(i, i + 3));
  return parts.join(',');
}
