/**
 * Collective defence said in its own words: "an attack on one is an attack on all", "if one member is
 * attacked, the entire alliance comes to its defence". That is what Article 5 of the North Atlantic
 * Treaty (and every mutual-defence clause modelled on it) says, so a sentence that restates it names
 * the same thing as one that cites the article. The words are spread over a clause, with other words
 * between them ("an armed attack against one member shall be considered an attack against all"), which
 * the phrase table's contiguous phrases cannot match.
 */
import type { Token } from './tokenize';

/** A run of tokens, `first` to `last` inclusive, that states collective defence. */
export interface TokenSpan {
  first: number;
  last: number;
  /**
   * Said of any member ("an attack on one member…", "if one member is attacked…"): the rule itself, a
   * condition rather than a fact of the story. Said of a named party ("an attack on Ukraine would be
   * treated as an attack on all") it is a claim about that party.
   */
  rule: boolean;
}

const ATTACK = new Set(['attack', 'attacks']);
const ON = new Set(['on', 'against', 'upon']);
/** What the second attack is on: all of them ("all", "all members", "the whole alliance", "every ally"). */
const ALL = new Set(['all', 'every', 'each', 'whole', 'entire']);
const ONE = new Set(['one', 'any']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'gets', 'get', 'comes', 'came']);
const ATTACKED = new Set(['attacked', 'invaded']);
/** How the others answer: "comes to its defence", "come to its aid", "must defend it". */
const DEFENCE = new Set(['defense', 'defence', 'aid', 'rescue', 'assistance', 'defend', 'defends']);
/** ...said of all of them: "the entire alliance", "all the others", "every other member". */
const ALL_OTHERS = new Set(['all', 'every', 'entire', 'whole', 'others']);
/** How far the second half may be from the first: "an attack on one member shall be considered as an attack on all". */
const REACH = 12;

/** "an (armed) attack on X … an attack on all": the span from the first attack to "all". */
function attackOnAll(tokens: readonly Token[], i: number): TokenSpan | null {
  if (!ATTACK.has(tokens[i]!.norm) || !ON.has(tokens[i + 1]?.norm ?? '')) return null;
  for (let j = i + 2; j < tokens.length - 2 && j <= i + REACH; j++) {
    if (!ATTACK.has(tokens[j]!.norm) || !ON.has(tokens[j + 1]!.norm)) continue;
    const k = tokens[j + 2]!.norm === 'the' || tokens[j + 2]!.norm === 'them' ? j + 3 : j + 2;
    if (ALL.has(tokens[k]?.norm ?? ''))
      return { first: tokens[i - 1]?.norm === 'armed' ? i - 1 : i, last: k, rule: ONE.has(tokens[i + 2]?.norm ?? '') };
  }
  return null;
}

/** "if one (member) is attacked, the entire alliance comes to its defence": from "if" to the answer. */
function oneAttackedAllDefend(tokens: readonly Token[], i: number): TokenSpan | null {
  if (!ONE.has(tokens[i]!.norm)) return null;
  // "one is attacked", "one member is attacked", "any member state is attacked".
  let j = i + 1;
  while (j <= i + 3 && j < tokens.length && !BE.has(tokens[j]!.norm)) j++;
  if (!BE.has(tokens[j]?.norm ?? '') || !ATTACKED.has(tokens[j + 1]?.norm ?? '')) return null;
  let all = false;
  for (let k = j + 2; k < tokens.length && k <= j + 1 + REACH; k++) {
    if (ALL_OTHERS.has(tokens[k]!.norm)) all = true;
    else if (all && DEFENCE.has(tokens[k]!.norm))
      return { first: tokens[i - 1]?.norm === 'if' ? i - 1 : i, last: k, rule: true };
  }
  return null;
}

/** The spans of `tokens` that state collective defence, in order and not overlapping. */
export function collectiveDefenceSpans(tokens: readonly Token[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const span = attackOnAll(tokens, i) ?? oneAttackedAllDefend(tokens, i);
    if (!span) continue;
    spans.push(span);
    i = span.last;
  }
  return spans;
}
