// Lines of a text file, and where each value of a JSON text starts, by path: so that an error in record.json
// names the line of the very field (`claims.1.places.0`), not the first line of the file.

/**
 * The lines of `text`, ended by LF, CRLF or a bare CR. Old Mac editors (and some Windows tools) save bare CR:
 * splitting on LF alone reads such a file as one line, which a `#` comment first line then hides whole.
 */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * Line (1-based) of the value at each path, paths joined with dots: `view.bounds.2` → 12. Only called on text
 * JSON.parse accepted.
 */
export function jsonValueLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;
  const skip = (): void => {
    while (i < text.length) {
      const c = text[i]!;
      // LF, CRLF (counted at its LF) and a bare CR each end a line, as in splitLines.
      if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
      else if (c !== ' ' && c !== '\t' && c !== '\r') return;
      i++;
    }
  };
  const string = (): string => {
    const start = i;
    i++; // opening quote
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string): void => {
    skip();
    lines.set(path, line);
    const at = (key: string | number): string => (path ? `${path}.${key}` : String(key));
    const c = text[i];
    if (c === '{') {
      i++;
      skip();
      if (text[i] === '}') return void i++;
      for (;;) {
        skip();
        const key = string();
        skip();
        i++; // ':'
        value(at(key));
        skip();
        if (text[i++] === '}') return;
      }
    }
    if (c === '[') {
      i++;
      skip();
      if (text[i] === ']') return void i++;
      for (let n = 0; ; n++) {
        value(at(n));
        skip();
        if (text[i++] === ']') return;
      }
    }
    if (c === '"') return void string();
    // A number, true, false or null: up to the next delimiter.
    while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
  };
  value('');
  return lines;
}

/** The line of `path`, or of its nearest ancestor that exists (a missing field is reported on its parent). */
export function lineOfPath(lines: ReadonlyMap<string, number>, path: readonly PropertyKey[]): number {
  for (let n = path.length; n >= 0; n--) {
    const hit = lines.get(path.slice(0, n).map(String).join('.'));
    if (hit !== undefined) return hit;
  }
  return 1;
}
