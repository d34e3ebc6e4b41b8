/**
 * Closed classes of English verb forms that several rules read (a subject's end, a passive, a predicative
 * refusal, a clause rather than a noun phrase): listed once, so the rules cannot drift apart.
 */

/** The forms of "be". */
export const BE_FORMS: readonly string[] = ['is', 'are', 'was', 'were', 'be', 'been', 'being'];

/** Words that end a subject: auxiliaries, copulas and modals ("The proposed deal for Ukraine is…"). */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'should',
  'must',
  'shall',
  'does',
  'did',
  'do',
]);
