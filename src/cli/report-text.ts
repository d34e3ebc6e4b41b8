/** The CLI's human-readable report. */
import { displayText } from '../claims/display-text';
import { checkLink } from '../claims/http-url';
import type { Difference, Report, SourceMatch } from '../engine/report';
import { chainText } from '../ui/chain-steps';
import { differenceNote } from '../ui/difference-label';
import { unsupportedLanguageMessage } from '../ui/language-note';
import { outletCountPhrase } from '../ui/source-summary';

const KIND_LABELS: Record<Difference['kind'], string> = {
  actor: 'Different actor',
  number: 'Different number',
  date: 'Different date',
  place: 'Different place',
  negation: 'Opposite polarity',
  other: 'Different detail',
};

function describeSource(match: SourceMatch): string {
  const parts = [match.outlet, match.author, match.publishedTime?.slice(0, 10)].filter(Boolean);
  return parts.join(', ');
}

function sourceLines(match: SourceMatch): string[] {
  const earliest = match.earliestKnown ? ' · earliest known source' : '';
  // A conflict over who is the difference detector's: its score, the model's probability of a conflict, is often low.
  const score = match.overWho
    ? `who differs; model's score ${match.score.toFixed(2)}`
    : `score ${match.score.toFixed(2)}`;
  const lines = [`    ${describeSource(match)} (${score})${earliest}`, `      “${match.text}”`];
  if (match.chain.speaker !== null || match.chain.reporter !== null)
    lines.push(`      Chain: ${chainText(match.chain)}`);
  for (const difference of match.differences) {
    const said = differenceNote(difference);
    const note = said ? ` (${said})` : '';
    lines.push(`      ${KIND_LABELS[difference.kind]}: “${difference.page}” vs “${difference.source}”${note}`);
  }
  if (match.url) {
    // A terminal makes any printed URL clickable, so the link rules are the popup's.
    const link = checkLink(match.url);
    lines.push(link.ok ? `      Read at ${link.host}: ${link.href}` : `      Link not shown: ${link.reason}.`);
  }
  return lines;
}

/**
 * `line` as it may reach a terminal: its own indentation kept, every page or dataset string in it on
 * this one line (a line break in an outlet would otherwise print a line of its own at column 0, where
 * "✓ Corroborated by 12 independent outlets" reads as ours) and without invisible characters or ESC.
 */
function terminalLine(line: string): string {
  const indent = /^ */.exec(line)![0];
  return indent + displayText(line.slice(indent.length));
}

/** Formats a report for a terminal: counts, then each matched sentence, conflicts first. */
export function formatTextReport(report: Report): string {
  if (report.supported === false)
    return [report.article.title ?? '(untitled page)', unsupportedLanguageMessage(report.article.lang)].join('\n');
  const matched = report.claims.filter((claim) => claim.conflicting.length || claim.corroborating.length);
  const conflicting = report.claims.filter((claim) => claim.conflicting.length).length;
  const corroborated = report.claims.filter((claim) => claim.corroborating.length).length;
  const lines = [
    report.article.title ?? '(untitled page)',
    `${report.claims.length} sentences checked · ${corroborated} corroborated · ${conflicting} conflicting`,
  ];
  if (report.excludedSourceIds.length)
    lines.push(`This page is known source ${report.excludedSourceIds.join(', ')}: left out of its own report.`);
  if (!matched.length) lines.push('', 'No sentence of this page matches a known claim.');
  const ordered = [...matched].sort(
    (a, b) => Number(b.conflicting.length > 0) - Number(a.conflicting.length > 0) || a.index - b.index,
  );
  for (const claim of ordered) {
    lines.push('', `• ${claim.text}`);
    const { conflicting, corroborating } = claim.sourceCounts;
    if (claim.conflicting.length)
      lines.push(`  Conflicts with ${outletCountPhrase(conflicting)}:`, ...claim.conflicting.flatMap(sourceLines));
    if (claim.corroborating.length)
      lines.push(`  Corroborated by ${outletCountPhrase(corroborating)}:`, ...claim.corroborating.flatMap(sourceLines));
  }
  return lines.map(terminalLine).join('\n');
}
