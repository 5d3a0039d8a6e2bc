// The library surface: what a program embedding Entente needs.
export { analyze, extract, type Analysis, type Mention } from './extract/index.ts';
export { cleanDoc } from './clean/index.ts';
export { readInput, expandInputs, DEFAULT_MAX_BYTES } from './read/index.ts';
export { openStore, type Store } from './store/store.ts';
export type * from './contract.ts';
export type { Doc } from './clean/doc.ts';
export type { RawDoc } from './read/raw-doc.ts';
