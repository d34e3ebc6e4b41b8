/**
 * Where JSON text first goes wrong, for the error messages that do not say: V8 reports "Unexpected token
 * 'x', "…" is not valid JSON" with no position, which is exactly the mistake people make most (a stray
 * character, single quotes, a comment). A strict, iterative reading of RFC 8259: no recursion, so a
 * file of 100,000 nested lists cannot overflow the stack.
 */

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'after-value' | 'end';

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/** Index just past the string literal at `start`, or the index of the first character that breaks it. */
function scanString(text: string, start: number): { end: number; ok: boolean } {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return { end: i + 1, ok: true };
    if (code < 0x20) return { end: i, ok: false };
    if (code === 0x5c) {
      ESCAPE.lastIndex = i;
      if (!ESCAPE.test(text)) return { end: i, ok: false };
      i = ESCAPE.lastIndex;
    } else {
      i++;
    }
  }
  return { end: i, ok: false };
}

/** Index just past the number or literal at `start`, or -1 when there is none. */
function scanScalar(text: string, start: number): number {
  for (const literal of ['true', 'false', 'null']) {
    if (text.startsWith(literal, start)) return start + literal.length;
  }
  NUMBER.lastIndex = start;
  return NUMBER.test(text) ? NUMBER.lastIndex : -1;
}

/** The offset of the first syntax error in `text`, or null when it is valid JSON. */
export function jsonErrorOffset(text: string): number | null {
  const stack: Array<'object' | 'array'> = [];
  let expect: Expect = 'value';
  let i = 0;
  const afterValue = (): Expect => (stack.length === 0 ? 'end' : 'after-value');
  while (i < text.length) {
    const char = text[i]!;
    if (WHITESPACE.has(char)) {
      i++;
      continue;
    }
    if (expect === 'end') return i;
    if (expect === 'colon') {
      if (char !== ':') return i;
      expect = 'value';
      i++;
    } else if (expect === 'after-value') {
      const top = stack.at(-1);
      if (char === ',') expect = top === 'object' ? 'key' : 'value';
      else if ((char === '}' && top === 'object') || (char === ']' && top === 'array')) {
        stack.pop();
        expect = afterValue();
      } else return i;
      i++;
    } else if (expect === 'key' || expect === 'key-or-close') {
      if (char === '}' && expect === 'key-or-close') {
        stack.pop();
        expect = afterValue();
        i++;
      } else if (char === '"') {
        const string = scanString(text, i);
        if (!string.ok) return string.end;
        expect = 'colon';
        i = string.end;
      } else return i;
    } else if (char === ']' && expect === 'value-or-close') {
      stack.pop();
      expect = afterValue();
      i++;
    } else if (char === '{' || char === '[') {
      stack.push(char === '{' ? 'object' : 'array');
      expect = char === '{' ? 'key-or-close' : 'value-or-close';
      i++;
    } else if (char === '"') {
      const string = scanString(text, i);
      if (!string.ok) return string.end;
      expect = afterValue();
      i = string.end;
    } else {
      const end = scanScalar(text, i);
      if (end === -1) return i;
      expect = afterValue();
      i = end;
    }
  }
  return expect === 'end' ? null : text.length;
}
