/** Lateral's settings: schema and defaults, storage, repair, site rules, import and export. */
export * from './schema';
export * from './limits';
export * from './contrast';
export * from './site-patterns';
export * from './phrases';
export * from './inactive';
export * from './diff';
export * from './migrate';
export * from './repair';
export * from './storage';
export * from './problems';
export * from './settings-file';
export * from './json-error-place';
export * from './import-preview';
export * from './rule-switches';
export * from './highlight-style';
export * from './common-words';
