/**
 * Where in a dataset file a JSON path is: the line a user opens in their editor. Validation works on the
 * parsed value, which has no positions, so this walks the text once more, but only when there is
 * something to report, and only records the paths asked for.
 */

interface Frame {
  kind: 'object' | 'array';
  path: string;
  /** Arrays: index of the next value. */
  index: number;
  /** Objects: the key whose value comes next, or null while a key is expected. */
  key: string | null;
}

function childPath(frame: Frame | undefined): string {
  if (!frame) return '';
  if (frame.kind === 'array') return `${frame.path}[${frame.index}]`;
  return frame.path ? `${frame.path}.${frame.key ?? ''}` : (frame.key ?? '');
}

/** End of the string literal starting at `start` (the index of its closing quote). */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i;
}

/**
 * The 1-based line on which the value at each of `wanted` paths (`sources[2].claims[5].text`) starts in
 * `text`, which must be JSON that `JSON.parse` accepted. Like `JSON.parse`, a repeated key counts at its
 * last occurrence. Paths not in the text are absent from the result.
 */
export function linesOfPaths(text: string, wanted: ReadonlySet<string>): Map<string, number> {
  const lines = new Map<string, number>();
  const stack: Frame[] = [];
  let line = 1;
  const valueStarts = (): string => {
    const path = childPath(stack.at(-1));
    if (wanted.has(path)) lines.set(path, line);
    return path;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\n') line++;
    else if (char === '{' || char === '[')
      stack.push({ kind: char === '{' ? 'object' : 'array', path: valueStarts(), index: 0, key: null });
    else if (char === '}' || char === ']') stack.pop();
    else if (char === ',') {
      const frame = stack.at(-1);
      if (frame?.kind === 'array') frame.index++;
      else if (frame) frame.key = null;
    } else if (char === '"') {
      const end = stringEnd(text, i);
      const frame = stack.at(-1);
      if (frame?.kind === 'object' && frame.key === null) {
        const raw = text.slice(i, end + 1);
        frame.key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
      } else {
        valueStarts();
      }
      i = end;
    } else if (char === '-' || (char !== undefined && /[0-9tfn]/.test(char))) {
      valueStarts();
      while (i + 1 < text.length && /[^,\]}\s]/.test(text[i + 1]!)) i++;
    }
  }
  return lines;
}

/** The line of `path`, else of its nearest enclosing value that is in the file (a missing field's object). */
export function lineOf(path: string, lines: ReadonlyMap<string, number>): number | null {
  for (let current = path; current !== ''; current = current.replace(/(?:\.[^.[\]]*|\[\d+\])$/, '')) {
    const found = lines.get(current);
    if (found !== undefined) return found;
    if (!/[.[]/.test(current)) break;
  }
  return null;
}

/** Every path `lineOf(path)` may look at: `path` and each of its ancestors. */
export function pathAndAncestors(path: string): string[] {
  const paths: string[] = [];
  for (let current = path; current !== ''; ) {
    paths.push(current);
    const parent = current.replace(/(?:\.[^.[\]]*|\[\d+\])$/, '');
    if (parent === current) break;
    current = parent;
  }
  return paths;
}
