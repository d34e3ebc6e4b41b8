/**
 * The shape both cue-word assets share (`assets/claim-cues.json`, `assets/reporting-cues.json`): a
 * format tag, a version and named lists of lower-case words or phrases, checked when they load so a
 * hand-edited file fails loudly instead of matching nothing.
 */

/** `value`'s lists named `lists`, with its version, or an error naming `what` and what is wrong. */
export function parseCueLists<List extends string>(
  value: unknown,
  format: string,
  what: string,
  lists: readonly List[],
): { version: string } & Record<List, string[]> {
  const record = value as Record<string, unknown>;
  if (typeof value !== 'object' || value === null || record.format !== format)
    throw new Error(`${what}: not a ${format} file`);
  if (typeof record.version !== 'string') throw new Error(`${what}: version must be a string`);
  const cues: Record<string, unknown> = { version: record.version };
  for (const list of lists) {
    const words = record[list];
    if (
      !Array.isArray(words) ||
      words.some(
        (word) => typeof word !== 'string' || word !== word.toLowerCase() || word.trim() !== word || word === '',
      )
    ) {
      throw new Error(`${what}: ${list} must be a list of lower-case, trimmed, non-empty strings`);
    }
    cues[list] = words;
  }
  return cues as { version: string } & Record<List, string[]>;
}
