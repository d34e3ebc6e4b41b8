/**
 * Clause windows of a prepared sentence, with what coverage needs of each: a window is one clause, or two
 * consecutive ones, that asserts enough units to be a statement of its own ("the Biden administration
 * has proposed a framework | that would provide Kyiv with defense commitments"). Alignment compares every
 * window of a page sentence with every window of a source; listing each window's units and its total
 * weight once lets that comparison visit only the window's units.
 */
import type { Unit } from '../nlp/analyze-sentence';
import type { PreparedUnits } from './prepared-units';
import { THRESHOLDS } from './thresholds';

/** A sentence's windows: singles first, then pairs, each ascending (the first best window wins ties). */
export interface WindowUnits {
  /** [first, last] clause numbers of each window. */
  bounds: Array<[number, number]>;
  /** Position among the sentence's clause numbers of each window's first clause. */
  first: number[];
  /** Position of each window's last clause. */
  last: number[];
  /** Window w's units, every one whose clause is in it (attributions too): `members[start[w]]` up to `members[start[w + 1]]`, ascending. */
  start: number[];
  members: number[];
  /** Sum of each window's unit weights, added in unit order. */
  totals: number[];
}

/** The windows of a sentence whose units `prepared` was made from. */
export function windowUnits(units: readonly Unit[], prepared: PreparedUnits): WindowUnits {
  const { clauseNumbers, clauseOf, weights } = prepared;
  // Units outside an attribution, by clause position.
  const asserted = new Array<number>(clauseNumbers.length).fill(0);
  for (let i = 0; i < units.length; i++) if (!units[i]!.attribution) asserted[clauseOf[i]!]!++;
  const windows: WindowUnits = { bounds: [], first: [], last: [], start: [0], members: [], totals: [] };
  const add = (first: number, last: number) => {
    let count = 0;
    for (let p = first; p <= last; p++) count += asserted[p]!;
    if (count < THRESHOLDS.minClauseUnits) return;
    let total = 0;
    for (let i = 0; i < units.length; i++) {
      if (clauseOf[i]! < first || clauseOf[i]! > last) continue;
      windows.members.push(i);
      total += weights[i]!;
    }
    windows.bounds.push([clauseNumbers[first]!, clauseNumbers[last]!]);
    windows.first.push(first);
    windows.last.push(last);
    windows.start.push(windows.members.length);
    windows.totals.push(total);
  };
  // Single clauses that assert something, then each with the next that does.
  for (let p = 0; p < asserted.length; p++) if (asserted[p]! > 0) add(p, p);
  let previous = -1;
  for (let p = 0; p < asserted.length; p++) {
    if (asserted[p] === 0) continue;
    if (previous >= 0) add(previous, p);
    previous = p;
  }
  return windows;
}
