/**
 * Who a sentence says made its claim: "…, Italy's premier and a diplomatic source said" → "Italy's
 * premier and a diplomatic source". Pure string work; runs in Node and in the extension alike.
 */
import { isQuoted, layOutQuotes, type QuoteLayout } from './attribution-quotes';
import { DATE_PATTERN, toSpeaker, trimCircumstances, type SpeakerPhrase } from './attribution-speaker';
import { BLOCKING_BEFORE, INVERTIBLE, NEEDS_THAT, PARTICIPLES, PRESENT, isReportingVerb } from './attribution-verbs';

/** What the surrounding text tells about a sentence's speaker. */
export interface AttributionContext {
  /** The sentence before, for "She noted…" and for a quotation that carries on from it. */
  previous?: string | null;
  /**
   * The attribution already found for `previous`, when the caller walks sentences in order. It lets a
   * quotation that runs over three sentences keep its speaker in the third, where `previous` alone
   * (the quotation's middle) no longer names one.
   */
  previousAttribution?: string | null;
}

interface Attribution {
  speaker: SpeakerPhrase;
  /** How the claim reached the reporter ("to AFP", "in a statement"), when the sentence says. */
  channel: string | null;
}

/**
 * Page text is hostile input; no real sentence is this long, and the cap bounds every scan below.
 * The regexes have no nested quantifiers over the same characters, so each scan is linear anyway.
 */
const MAX_SENTENCE_CHARS = 2_000;

/** Words between a subject and its verb that belong to neither: "Rutte explicitly stated", "has said". */
const BETWEEN = /^(?:has|have|had|also|later|then|again|once|[a-z]+ly)$/;
const HARD_BREAK = /\s(?:--|–|—)\s|[;:]/g;
const SUBORDINATOR = /(?:^|\s)(?:that|as|while|because|since|although|though|when|after|before|if|but|whereas|so)\s/gi;

const LEADING_ACCORDING = /^(?:(?:but|and|however|yet),?\s+)?according to\s+([^,]{1,200})/i;
const ANY_ACCORDING = /\baccording to\s+([^,.;:]{1,200})/i;
const LEADING_PASSIVE = /^(?:confirmed|reported|announced|disclosed|revealed)\s+by\s+([^,]{1,120})/i;
const LEADING_SPEAKING = /^(speaking\s+(?:to|with|at|on)\s+[^,]{1,80}),/i;
const TOLD_OBJECT =
  /^\s+([^,.;:“”"«»]{1,60}?)(?=\s+(?:that|on|in|as|when|during|via|about|after|before|last|yesterday|today|earlier|this)\b|[,.;:“”"«»]|$)/;
const IN_CHANNEL =
  /^\s+(in\s+(?:a|an|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?(?:statement|interview|post|tweet|letter|briefing|speech|address|op-ed|conference|remarks|broadcast)(?:\s+with\s+[^,.;:]{1,80}?)?)(?=[,.;:]|\s+(?:that|on|last|yesterday|today|this)\b|$)/i;

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function accordingSpeaker(source: string): SpeakerPhrase | null {
  // Keep "released last week" in "World Bank projections released last week": only the anonymity clause goes.
  const phrase = clean(source.replace(/\s+on condition\b.*$/i, '').replace(/[.!?]+$/, ''));
  const words = phrase.split(' ');
  return phrase && words.length <= 20 ? { text: phrase, anaphoric: false } : null;
}

/** The speaker written before a verb: plain ("In March, Meloni told"), appositive or relative. */
function speakerBefore(prefix: string, regionStart: number): SpeakerPhrase | null {
  let region = prefix.slice(regionStart).replace(DATE_PATTERN, ' ');
  const words = region.trimEnd().split(/\s+/);
  while (words.length > 1 && BETWEEN.test(words[words.length - 1]!)) words.pop();
  region = words.join(' ');
  const relative = /,\s*who$/i.test(region);
  if (relative) region = region.replace(/,\s*who$/i, '');
  const segments = region.split(',');
  let head: string;
  let aside: string | null = null;
  if (!relative && region.endsWith(',') && segments.length >= 3) {
    head = segments[segments.length - 3]!;
    aside = clean(segments[segments.length - 2]!);
  } else {
    head = segments[segments.length - 1]!.trim()
      ? segments[segments.length - 1]!
      : (segments[segments.length - 2] ?? '');
  }
  let cut = 0;
  for (const match of head.matchAll(SUBORDINATOR)) cut = match.index + match[0].length;
  head = head.slice(cut);
  if (relative) head = head.replace(/^.*\bc(?:ame|omes?)\s+from\s+/i, '');
  const speaker = toSpeaker(head);
  if (!speaker || aside === null || speaker.anaphoric) return speaker;
  const keepAside = /^(?:in an? |speaking |writing |at an? |addressing )/i.test(aside) || toSpeaker(aside) !== null;
  const trimmedAside = keepAside && !/^(?:who|which|whose|that)\b/i.test(aside) ? trimCircumstances(aside) : '';
  return trimmedAside ? { text: `${speaker.text}, ${trimmedAside}`, anaphoric: false } : speaker;
}

/** Where the subject of a verb at `index` may start: after the last hard break or quoted statement. */
function regionStartBefore(sentence: string, layout: QuoteLayout, index: number): number {
  let start = 0;
  for (const match of sentence.slice(0, index).matchAll(HARD_BREAK)) start = match.index + match[0].length;
  for (const range of layout.ranges) if (range.endsClause && range.end <= index) start = Math.max(start, range.end);
  return start;
}

function channelAfter(verb: string, after: string): string | null {
  if (verb === 'told' || verb === 'tells') {
    const object = TOLD_OBJECT.exec(after)?.[1]?.trim();
    if (!object || /^(?:me|us|him|her|them)$/i.test(object) || object.split(' ').length > 5) return null;
    return `to ${object}`;
  }
  return IN_CHANNEL.exec(after)?.[1] ?? null;
}

/** Tries one reporting verb at `start`; null when it is not one here. */
function tryVerb(sentence: string, layout: QuoteLayout, verb: string, start: number): Attribution | null {
  const end = start + verb.length;
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  // Only the tail matters, and slicing keeps this end-anchored search linear on a long run of letters.
  const previousWord = /([A-Za-z’']+)\W*$/.exec(before.slice(-80))?.[1]?.toLowerCase();
  const nextWord = /^\s*([^\s]+)/.exec(after)?.[1] ?? '';
  if (previousWord && BLOCKING_BEFORE.has(previousWord)) return null;
  if (/^by\b/i.test(nextWord)) return null;
  if (NEEDS_THAT.has(verb) && !/^that\b/i.test(nextWord)) return null;
  if (PRESENT.has(verb) && !/^(?:that\b|[“"«:,.]|[A-Z])/.test(nextWord)) return null;

  const quoteEnd = layout.ranges.find((range) => range.end === before.trimEnd().length);
  if (quoteEnd?.endsClause) {
    const speaker = toSpeaker(after.replace(DATE_PATTERN, ' '));
    return speaker ? { speaker, channel: null } : null;
  }
  if (PARTICIPLES.has(verb)) {
    if (!before.trimEnd().endsWith(',')) return null;
    const lead = /^((?:[A-Z][\w’'.-]*\s+){0,6}[A-Z][\w’'.-]*)\s+[a-z]/.exec(sentence);
    const speaker = lead ? toSpeaker(lead[1]!) : null;
    return speaker ? { speaker, channel: null } : null;
  }
  const speaker = speakerBefore(before, regionStartBefore(sentence, layout, start));
  if (speaker) return { speaker, channel: channelAfter(verb, after) };
  // "…had been discussed, said the official." — only once no subject stands before the verb.
  if (before.trimEnd().endsWith(',') && INVERTIBLE.has(verb) && !/^that\b/i.test(nextWord)) {
    const rest = trimCircumstances(after);
    const inverted = rest.split(' ').length <= 8 && !/[.!?]\s/.test(rest) ? toSpeaker(rest) : null;
    if (inverted) return { speaker: inverted, channel: null };
  }
  return null;
}

/** The attribution a sentence states itself, without looking at its neighbours. */
function ownAttribution(sentence: string): Attribution | null {
  const according = LEADING_ACCORDING.exec(sentence);
  const accordingTo = according ? accordingSpeaker(according[1]!) : null;
  if (accordingTo) return { speaker: accordingTo, channel: null };
  const passive = LEADING_PASSIVE.exec(sentence);
  const confirmedBy = passive ? toSpeaker(passive[1]!) : null;
  if (confirmedBy) return { speaker: confirmedBy, channel: null };
  const layout = layOutQuotes(sentence);
  // Lower-case only: a capitalised "Reveals" or "States" is a headline word or a name, not a verb.
  for (const match of sentence.matchAll(/[A-Za-z]+/g)) {
    const word = match[0];
    if (!isReportingVerb(word)) continue;
    if (isQuoted(layout, match.index)) continue;
    const found = tryVerb(sentence, layout, word, match.index);
    if (found) {
      const speaking = LEADING_SPEAKING.exec(sentence)?.[1];
      return speaking && !found.channel ? { ...found, channel: speaking } : found;
    }
  }
  const anywhere = ANY_ACCORDING.exec(sentence);
  if (anywhere && !isQuoted(layout, anywhere.index)) {
    const speaker = accordingSpeaker(anywhere[1]!);
    if (speaker) return { speaker, channel: null };
  }
  const speaking = /,\s+(speaking\s+(?:to|with|at)\s+[^,.;:]{1,80})[,.]/i.exec(sentence);
  if (speaking && !isQuoted(layout, speaking.index)) {
    const head = sentence.slice(0, speaking.index).split(',').pop() ?? '';
    const speaker = toSpeaker(head);
    if (speaker) return { speaker, channel: trimCircumstances(speaking[1]!) };
  }
  return null;
}

function format(attribution: Attribution): string {
  return attribution.channel ? `${attribution.speaker.text}, ${attribution.channel}` : attribution.speaker.text;
}

function prepare(sentence: string | null | undefined): string | null {
  if (!sentence || sentence.length > MAX_SENTENCE_CHARS) return null;
  return clean(sentence);
}

/**
 * Who `sentence` says made its claim, in the sentence's own words ("a high-level diplomatic source
 * speaking to AFP", "Meloni, in a statement"), or null when it names no one — the claim is then the
 * outlet's own. With `context.previous`, a pronoun speaker ("She noted…") is resolved and a quotation
 * continued from the previous sentence keeps that sentence's speaker.
 */
export function findAttribution(sentence: string, context: AttributionContext = {}): string | null {
  const text = prepare(sentence);
  if (!text) return null;
  const own = ownAttribution(text);
  if (own && !own.speaker.anaphoric) return format(own);
  const previous = prepare(context.previous);
  if (own) {
    const antecedent = previous ? ownAttribution(previous) : null;
    if (antecedent && !antecedent.speaker.anaphoric) return format({ ...own, speaker: antecedent.speaker });
    // "that source" still reads as someone other than the outlet; a bare "she" does not say who.
    return own.speaker.text.includes(' ') ? format(own) : null;
  }
  const layout = layOutQuotes(text);
  const continuesQuote =
    layout.startsInside || layout.wholeQuote || (previous !== null && layOutQuotes(previous).endsInside);
  if (!continuesQuote || previous === null) return null;
  if (context.previousAttribution !== undefined) return context.previousAttribution;
  return findAttribution(previous);
}
