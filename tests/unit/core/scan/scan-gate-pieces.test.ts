import { describe, expect, it } from 'vitest';
import { createGate } from '../../../../src/core/detect/gate';
import { GATE_OVERLAP, GATE_PIECE, passesInPieces } from '../../../../src/core/scan/gate-in-pieces';

const gate = createGate(['witkoff\\s+and\\s+ushakov']);
const filler = (n: number) => 'city council budget news '.repeat(Math.ceil(n / 25)).slice(0, n);

describe('the gate over a long text, in pieces', () => {
  it('tests a short text at once, without pausing', async () => {
    let pauses = 0;
    const pause = async () => void pauses++;
    expect(await passesInPieces(gate, `${filler(1000)} Witkoff and Ushakov`, pause)).toBe(true);
    expect(await passesInPieces(gate, filler(1000), pause)).toBe(false);
    expect(pauses).toBe(0);
  });

  it('pauses between pieces of a long text and gives the whole-text answer', async () => {
    const long = filler(3 * GATE_PIECE);
    let pauses = 0;
    const pause = async () => void pauses++;
    expect(await passesInPieces(gate, long, pause)).toBe(false);
    expect(pauses).toBe(2);
    pauses = 0;
    // The phrase lies in the last piece's overlap: found without a fourth piece.
    expect(await passesInPieces(gate, `${long} Witkoff and Ushakov`, pause)).toBe(true);
    expect(pauses).toBe(2);
  });

  it('sees a phrase that straddles a cut between two pieces', async () => {
    const cut = GATE_PIECE - 8;
    const text = `${filler(cut)}Witkoff and Ushakov ${filler(GATE_PIECE)}`;
    expect(gate(text.slice(0, GATE_PIECE)) || gate(text.slice(GATE_PIECE, 2 * GATE_PIECE))).toBe(false);
    expect(GATE_OVERLAP).toBeGreaterThan('Witkoff and Ushakov'.length);
    expect(await passesInPieces(gate, text, async () => undefined)).toBe(true);
  });
});
