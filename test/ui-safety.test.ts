// The UI source never turns text into HTML, and the page loads no inline code: with
// the Content-Security-Policy, nothing in a stored article can run in the browser.
// (test/ui-e2e.test.ts proves it in Chromium with a hostile article.)
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB = fileURLToPath(new URL('../web/', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('UI source safety', () => {
  it('never parses strings as HTML or evaluates code', () => {
    const banned = /\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write|\beval\s*\(|new Function\s*\(|setAttribute\(\s*['"]on|srcdoc|DOMParser|createContextualFragment/;
    const files = sources(join(WEB, 'src'));
    assert.ok(files.length > 10);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const line = text.split('\n').findIndex((l) => banned.test(l));
      assert.equal(line, -1, `${file}:${line + 1} turns text into markup or code`);
    }
  });

  it('index.html has no inline script, style or handler', () => {
    const html = readFileSync(join(WEB, 'index.html'), 'utf8');
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/);
    assert.doesNotMatch(html, /<style|\sstyle=|\son[a-z]+=/i);
    assert.doesNotMatch(html, /https?:\/\//, 'no CDN: everything comes from the server');
  });
});
