// The layers of Lateral and what each may import. ESLint enforces this through
// no-restricted-imports; tests/unit/build/lint-layers.test.ts proves a crossing import fails.
//
//   core        pure TypeScript: no DOM layer, no browser API, no UI
//   ui          Preact components: take data and callbacks, never reach the browser
//   content     the content script: core + ui, talks to the rest through typed messages
//   pages       popup, options, classroom, welcome: core + ui + platform
//   background  the service worker: core + platform
//   platform    the one module that imports webextension-polyfill
//   dom         DOM text reading shared by the content script and the CLI: core only
//   cli         Node entry points: core and the shared DOM-text module only
const anywhere = (folder) => [`**/${folder}`, `**/${folder}/**`];

const message = {
  core: 'src/core is pure: it imports no other layer of Lateral and no browser or UI library.',
  ui: 'src/ui takes data and callbacks; it never reaches platform, content, pages or background.',
  content: 'src/content talks to pages and background through typed messages (src/core/messages.ts), never by import.',
  pages: 'src/pages talks to content and background through typed messages, never by import.',
  background: 'src/background talks to content and pages through typed messages, never by import.',
  cli: 'src/cli uses src/core and the shared DOM-text module only.',
  dom: 'src/dom reads page text for the content script and the CLI; it imports src/core only.',
  polyfill: 'Only src/platform imports webextension-polyfill; everything else goes through it.',
};

function restrict(layer, folders, libraries = []) {
  return {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: folders.flatMap(anywhere), message: message[layer] },
          ...(libraries.length ? [{ group: libraries, message: message[layer] }] : []),
        ],
        paths: [{ name: 'webextension-polyfill', message: message.polyfill }],
      },
    ],
  };
}

/** Flat-config entries, one per layer. */
export const layers = [
  {
    files: ['src/core/**/*.{ts,tsx}'],
    rules: restrict('core', ['content', 'ui', 'pages', 'background', 'platform', 'cli', 'dom'], ['preact', 'preact/*', 'mark.js']),
  },
  { files: ['src/ui/**/*.{ts,tsx}'], rules: restrict('ui', ['platform', 'content', 'pages', 'background', 'cli']) },
  { files: ['src/content/**/*.{ts,tsx}'], rules: restrict('content', ['pages', 'background', 'cli']) },
  { files: ['src/pages/**/*.{ts,tsx}'], rules: restrict('pages', ['content', 'background', 'cli']) },
  { files: ['src/background/**/*.{ts,tsx}'], rules: restrict('background', ['content', 'pages', 'ui', 'cli', 'dom']) },
  { files: ['src/cli/**/*.{ts,tsx}'], rules: restrict('cli', ['content', 'ui', 'pages', 'background', 'platform']) },
  { files: ['src/dom/**/*.{ts,tsx}'], rules: restrict('dom', ['content', 'ui', 'pages', 'background', 'platform', 'cli']) },
];
