#!/usr/bin/env node
// Entry point: runs the CLI from its bundle (src/runtime/bundles.mjs), built again
// first when any source changed; where it cannot be built, from the TypeScript sources
// through the tsx loader.
import { bundleUrl, ensureBundles } from '../src/runtime/bundles.mjs';

if (await ensureBundles()) {
  await import(bundleUrl('cli'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
