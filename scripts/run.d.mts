// Types for run.mjs, shared by the Node scripts and the TypeScript demo.
import type { SpawnOptions } from 'node:child_process';
export function run(command: string, args: readonly string[], options?: SpawnOptions): Promise<number>;
export function capture(command: string, args: readonly string[], options?: SpawnOptions): Promise<{ code: number; stdout: string }>;
export const npxBin: (name: string) => string;
