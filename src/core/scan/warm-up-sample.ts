/**
 * The text the engine warms up on, taken from a story pack: the outlets' own words
 * for each discrepancy. They name the story's people and repeat its known errors
 * (a wrong date, a wrong length, a reversed request), so one scan of them runs the
 * mention path and every claim check, the way a real article about the story would.
 */
import type { StoryPack } from '../pack/schema';

/** Enough text for every path of a scan; more would only make the warm-up slower. */
export const WARM_UP_MAX_CHARS = 1_000;

export function warmUpSample(pack: Pick<StoryPack, 'discrepancies'>): string {
  const excerpts = new Set<string>();
  for (const d of pack.discrepancies) for (const s of d.sources) if (s.excerpt) excerpts.add(s.excerpt);
  let sample = '';
  for (const excerpt of excerpts) {
    const next = sample === '' ? excerpt : `${sample}. ${excerpt}`;
    if (next.length > WARM_UP_MAX_CHARS) break;
    sample = next;
  }
  return sample;
}

/**
 * The warm-up sample cut into pieces of about `size` chars at its joins (". "), each in
 * the string width of `like` (see the matcher's warm-up). The engine's first scan of a
 * page runs cold, and cold, its time grows with the text it reads; scanned one short
 * piece at a time, each piece running some paths of the engine for the first time, no
 * single call is long, and the full warm-up that follows runs warm.
 */
export function warmUpPieces(sample: string, like = '', size = WARM_UP_PIECE_CHARS): string[] {
  const twoByte = TWO_BYTE.test(like);
  const pieces: string[] = [];
  let piece = '';
  for (const part of sample.split('. ')) {
    if (piece !== '' && piece.length + part.length > size) {
      pieces.push(piece);
      piece = '';
    }
    piece = piece === '' ? part : `${piece}. ${part}`;
  }
  if (piece !== '') pieces.push(piece);
  return pieces.map((p) => (twoByte ? (TWO_BYTE.test(p) ? p : `${p} \u2014`) : p.replace(NOT_ONE_BYTE, ' ')));
}

/** About one excerpt: a sentence or two of an outlet's report. */
export const WARM_UP_PIECE_CHARS = 60;
const TWO_BYTE = /[\u0100-\uffff]/;
const NOT_ONE_BYTE = /[\u0100-\uffff]/g;
