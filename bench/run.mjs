#!/usr/bin/env node
// `npm run bench`: runs bench/main.ts under tsx (the bench imports the TypeScript engine
// and content modules directly). Arguments pass through, e.g. `npm run bench -- --quick`.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));
const child = spawn(process.execPath, ['--import', 'tsx', main, ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
