// Types for layers.js, which eslint.config.js (plain ESM) and the layer test both import.
import type { Linter } from 'eslint';
export const layers: Linter.Config[];
