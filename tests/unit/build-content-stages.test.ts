import { describe, expect, it } from 'vitest';
import { reachable } from '../../build/vite-plugin-content-stages';

describe('the chunks the second content-script stage reaches', () => {
  it('follow static and dynamic imports once each, and skip assets', () => {
    const bundle = {
      'a.js': { type: 'chunk' as const, imports: ['b.js', 'shared.js'], dynamicImports: ['lazy.js'] },
      'b.js': { type: 'chunk' as const, imports: ['shared.js'], dynamicImports: [] },
      'lazy.js': { type: 'chunk' as const, imports: ['a.js'], dynamicImports: [] },
      'shared.js': { type: 'chunk' as const, imports: [], dynamicImports: [] },
      'style.css': { type: 'asset' as const },
      'other.js': { type: 'chunk' as const, imports: [], dynamicImports: [] },
    };
    expect(reachable(bundle, 'a.js')).toEqual(['a.js', 'b.js', 'lazy.js', 'shared.js']);
    expect(reachable(bundle, 'style.css')).toEqual([]);
  });
});
