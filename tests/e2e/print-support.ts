/** Reading a printed PDF's pages, for the handout e2e files. */
import { inflateSync } from 'node:zlib';

/** The PDF's text with its compressed object streams inflated (Firefox keeps its page objects there). */
function pdfObjects(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const streams = [...raw.matchAll(/\/Type\s*\/ObjStm[\s\S]*?stream\r?\n/g)].map((m) => {
    const start = m.index + m[0].length;
    return inflateSync(pdf.subarray(start, raw.indexOf('endstream', start))).toString('latin1');
  });
  return [raw, ...streams].join('\n');
}

/** Page sizes from the PDF's page objects: [width, height] in points. */
export function pageSizes(pdf: Buffer): [number, number][] {
  return [
    ...pdfObjects(pdf).matchAll(/\/Type\s*\/Page\b(?!s)[\s\S]*?\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g),
  ].map((m) => [Number(m[3]) - Number(m[1]), Number(m[4]) - Number(m[2])]);
}

/** A4 (595.3 × 841.9 points) within a point of rounding, in the given orientation. */
export function isA4([w, h]: [number, number], orientation: 'landscape' | 'portrait'): boolean {
  const [short, long] = orientation === 'landscape' ? [h, w] : [w, h];
  return Math.abs(short - 595.3) < 1.5 && Math.abs(long - 841.9) < 1.5;
}
