/** Whether a sentence asks rather than states: it ends with a question mark, closing quotes or brackets aside. */
export function isQuestion(text: string): boolean {
  return /\?["”’)]*\s*$/.test(text);
}
