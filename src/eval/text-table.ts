/** Plain-text tables and number formats for the harness's readable output. */

/** Left-aligns the first column, right-aligns the rest, two spaces between columns. */
export function textTable(rows: ReadonlyArray<readonly string[]>): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) =>
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
}

/** A 0–1 rate with three decimals. */
export const rate = (value: number) => value.toFixed(3);

/** A percentage with two decimals. */
export const percent = (value: number) => `${value.toFixed(2)}%`;

/** Rounds figures for the JSON line: enough digits to compare runs, not float noise. */
export function round(value: number, digits = 4): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
