// Types for messages.js, which eslint.config.js (plain ESM) and the message-lint test both import.
import type { Linter } from 'eslint';
export const messages: Linter.Config[];
