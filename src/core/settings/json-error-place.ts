/**
 * Where a text stops being JSON, as a line and column a reader can find in an editor.
 * Browsers say it in their own words: Firefox and newer Chromium give a line and column,
 * older V8 an offset, every engine says when the text ends too soon. An error that names
 * no place gives none, and the reader is told only that the file is not readable.
 */
export interface TextPlace {
  line: number;
  column: number;
}

/** 1-based line and column of the UTF-16 offset `offset` in `text`. */
export function placeOfOffset(text: string, offset: number): TextPlace {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

export function jsonErrorPlace(text: string, message: string): TextPlace | undefined {
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/i.exec(message);
  if (position) return placeOfOffset(text, Number(position[1]));
  if (/end of (JSON )?(input|data)/i.test(message)) return placeOfOffset(text, text.trimEnd().length);
  return undefined;
}
