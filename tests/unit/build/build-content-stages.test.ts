import { describe, expect, it } from 'vitest';
import { importCycle, importsByUrl } from '../../../build/imports-by-url';
import { reachable, webAccessibleEntry } from '../../../build/vite-plugin-content-stages';

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

describe('the second stage loads its chunks by the address runtime.getURL gives', () => {
  const url = (path: string) => `chrome.runtime.getURL(${JSON.stringify(path)})`;

  it('turns static imports into awaited imports by URL, keeping every binding', () => {
    const code = 'import{a as b,"x-y" as c}from"./x.js";import"./y.js";import*as n from"./z.js";import d from"../w.js";b(c,n,d);';
    expect(importsByUrl(code, 'assets/entry.js')).toBe(
      `const{a:b,"x-y":c}=await import(${url('assets/x.js')});` +
        `await import(${url('assets/y.js')});` +
        `const n=await import(${url('assets/z.js')});` +
        `const{default:d}=await import(${url('w.js')});` +
        'b(c,n,d);',
    );
  });

  it('turns lazy imports into imports by URL and leaves computed ones alone', () => {
    const code = 'function f(){return import(`./lazy.js`).then((m)=>m)}const g=(p)=>import(p);';
    expect(importsByUrl(code, 'assets/entry.js')).toBe(
      `function f(){return import(${url('assets/lazy.js')}).then((m)=>m)}const g=(p)=>import(p);`,
    );
  });

  it('refuses what would still resolve against the fixed address', () => {
    expect(() => importsByUrl('export{a}from"./x.js";', 'assets/e.js')).toThrow(/re-export/);
    expect(() => importsByUrl('export*from"./x.js";', 'assets/e.js')).toThrow(/re-export/);
    expect(() => importsByUrl('const u=new URL("x",import.meta.url);', 'assets/e.js')).toThrow(/import\.meta/);
    expect(() => importsByUrl('import{a}from"preact";a();', 'assets/e.js')).toThrow(/own chunks/);
  });

  it('finds a cycle of chunk imports, which top-level awaits would never leave', () => {
    expect(importCycle({ 'a.js': ['b.js'], 'b.js': ['c.js'], 'c.js': [] })).toBeNull();
    expect(importCycle({ 'a.js': ['b.js'], 'b.js': ['c.js'], 'c.js': ['b.js'] })).toEqual(['b.js', 'c.js', 'b.js']);
  });

  it('lists the files with use_dynamic_url for Chrome and without the key for Firefox', () => {
    expect(webAccessibleEntry(['a.js'], ['https://*/*'], true)).toEqual({
      resources: ['a.js'],
      matches: ['https://*/*'],
      use_dynamic_url: true,
    });
    expect(webAccessibleEntry(['a.js'], ['https://*/*'], false)).toEqual({ resources: ['a.js'], matches: ['https://*/*'] });
  });
});
