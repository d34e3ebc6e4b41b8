/**
 * The golden file of seed links (tests/golden/seed-links.json): which page sentences a careful reader
 * would link to which source claims, with which relation, and which page sentences no source speaks to.
 */

/** The two relations a link can have. */
export type LinkRelation = 'corroborates' | 'conflicts';

/** An expected link from a page sentence to a source claim, both named by a substring. */
export interface GoldenLink {
  page: string;
  pageSentence: string;
  source: string;
  sourceSentence: string;
  relation: LinkRelation;
  note: string;
}

/** A page sentence that must get no corroborating or conflicting source. */
export interface GoldenNoLink {
  page: string;
  pageSentence: string;
  note: string;
}

/** The whole golden file. `deliberatelyUnjudged` documents pairs left out on purpose; scoring ignores it. */
export interface SeedGolden {
  links: GoldenLink[];
  noLink: GoldenNoLink[];
}

/** The parsed golden file, or every problem found in it. */
export type GoldenRead = { ok: true; golden: SeedGolden } | { ok: false; errors: string[] };

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** Validates the golden file's shape; every entry needs its fields, so a typo cannot silently drop a link. */
export function parseSeedGolden(json: unknown): GoldenRead {
  const errors: string[] = [];
  const root = json as { links?: unknown; noLink?: unknown } | null;
  if (!root || !Array.isArray(root.links) || !Array.isArray(root.noLink))
    return { ok: false, errors: ['expected { links: [...], noLink: [...] }'] };
  const links: GoldenLink[] = [];
  for (const [i, entry] of (root.links as Array<Record<string, unknown>>).entries()) {
    const fields = ['page', 'pageSentence', 'source', 'sourceSentence', 'note'] as const;
    const bad = fields.filter((field) => !isText(entry?.[field]));
    if (entry?.relation !== 'corroborates' && entry?.relation !== 'conflicts') bad.push('relation' as never);
    if (bad.length > 0) errors.push(`links[${i}]: missing or invalid ${bad.join(', ')}`);
    else links.push(entry as unknown as GoldenLink);
  }
  const noLink: GoldenNoLink[] = [];
  for (const [i, entry] of (root.noLink as Array<Record<string, unknown>>).entries()) {
    const bad = (['page', 'pageSentence', 'note'] as const).filter((field) => !isText(entry?.[field]));
    if (bad.length > 0) errors.push(`noLink[${i}]: missing or invalid ${bad.join(', ')}`);
    else noLink.push(entry as unknown as GoldenNoLink);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, golden: { links, noLink } };
}
