/** "1 claim", "12 claims", "14,231 claims": a count and its noun, the number grouped as English writes it. */
export function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}
