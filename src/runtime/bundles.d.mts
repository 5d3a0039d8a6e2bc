export type BundleName = 'cli' | 'extract-worker' | 'ingest-worker';

export function bundlesFresh(): boolean;
export function bundleUrl(name: BundleName): URL | null;
export function workerScript(name: BundleName): { url: URL; module: string | null };
export function ensureBundles(): Promise<boolean>;
export function buildBundles(): Promise<void>;
