import { describe, expect, it } from 'vitest';
import { activePacks, availablePacks } from '../../../../src/core/pack-install/available';
import type { StoryPack } from '../../../../src/core/pack/schema';

const pack = (id: string) => ({ id, title: `Pack ${id}` }) as StoryPack;

describe('the packs a page offers', () => {
  const bundled = [pack('story'), pack('practice')];

  it('lists the bundled packs first, then the installed ones, each with whether it is on', () => {
    const list = availablePacks(
      bundled,
      [
        { pack: pack('harbour'), enabled: false },
        { pack: pack('bridge'), enabled: true },
      ],
      ['practice'],
    );
    expect(list.map((p) => [p.pack.id, p.builtin, p.enabled])).toEqual([
      ['story', true, true],
      ['practice', true, false],
      ['harbour', false, false],
      ['bridge', false, true],
    ]);
    expect(activePacks(list).map((p) => p.id)).toEqual(['story', 'bridge']);
  });

  it('never lets a stored pack stand in for a bundled one with the same id', () => {
    const list = availablePacks(bundled, [{ pack: { ...pack('story'), title: 'Impostor' }, enabled: true }], []);
    expect(list.map((p) => [p.pack.id, p.pack.title, p.builtin])).toEqual([
      ['story', 'Pack story', true],
      ['practice', 'Pack practice', true],
    ]);
  });

  it('offers nothing when every pack is off', () => {
    expect(activePacks(availablePacks(bundled, [], ['story', 'practice']))).toEqual([]);
  });
});
