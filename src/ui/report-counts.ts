/** The three numbers a reader sees first, shared by the popup header and the toolbar badge. */
import type { Report } from '../engine/report';
import { t, tCount } from '../i18n/messages';

/** Page sentences checked, and how many have at least one corroborating / conflicting source. */
export interface ReportCounts {
  checked: number;
  corroborated: number;
  conflicting: number;
}

/**
 * Counts claims, not sources: three outlets contradicting one sentence is one conflicting claim; a
 * sentence the page repeats counts once, as the report shows it once; and only the sentences checked as
 * claims count (not headings, bylines, captions…).
 */
export function countReport(report: Report): ReportCounts {
  const claims = distinctClaims(report.claims.filter((claim) => (claim.kind ?? 'claim') === 'claim')).map(
    ({ claim }) => claim,
  );
  return {
    checked: claims.length,
    corroborated: claims.filter((claim) => claim.corroborating.length > 0).length,
    conflicting: claims.filter((claim) => claim.conflicting.length > 0).length,
  };
}

/**
 * Each page sentence's text once, at its first place, with how many times the page has it: the report
 * shows and counts a repeated sentence once.
 */
export function distinctClaims<T extends { text: string }>(claims: readonly T[]): Array<{ claim: T; repeats: number }> {
  const byText = new Map<string, { claim: T; repeats: number }>();
  for (const claim of claims) {
    const seen = byText.get(claim.text);
    if (seen) seen.repeats++;
    else byText.set(claim.text, { claim, repeats: 1 });
  }
  return [...byText.values()];
}

/** "12 claims checked · 2 corroborated · 3 conflicting". */
export function countsLine(counts: ReportCounts): string {
  return t(
    'countsLine',
    tCount('claimsChecked', counts.checked),
    tCount('countCorroborated', counts.corroborated),
    tCount('countConflicting', counts.conflicting),
  );
}
