// The UI's colours pass WCAG 2.1 AA: text at least 4.5:1 against its background,
// marks and lines (nodes, ties, bars, focus rings) at least 3:1 against the page.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  KIND_COLOURS, LINK, MARK, MUTED, PAGE, SERIES, STATE_COLOURS, SURFACE, TEXT, TIE_COLOURS,
} from '../web/src/palette.ts';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const css = readFileSync(new URL('../web/styles.css', import.meta.url), 'utf8');
const vars = Object.fromEntries([...css.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{6})\b/g)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
const WHITE = '#ffffff';
const GRAPH_BACKGROUND = '#fbfcfd';

describe('UI colours', () => {
  it('styles.css and palette.ts agree', () => {
    assert.equal(vars.page, PAGE);
    assert.equal(vars.surface, SURFACE);
    assert.equal(vars.text, TEXT);
    assert.equal(vars.muted, MUTED);
    assert.equal(vars.link, LINK);
    assert.equal(vars.mark, MARK);
  });

  it('text is at least 4.5:1 against its background', () => {
    const pairs: [string, string, string][] = [
      ['text on page', TEXT, PAGE], ['text on panels', TEXT, SURFACE], ['muted on page', MUTED, PAGE], ['muted on panels', MUTED, SURFACE],
      ['links on page', LINK, PAGE], ['links on panels', LINK, SURFACE], ['link hover', vars['link-hover']!, PAGE],
      ['button label', WHITE, LINK], ['hovered button label', WHITE, vars['link-hover']!],
      ['current tab, tooltip and toast', WHITE, TEXT], ['highlighted evidence', TEXT, MARK], ['focused evidence', TEXT, vars['mark-focus']!],
      ['error toast', WHITE, vars.bad!], ['error message', vars.bad!, '#fef2f2'], ['disputed badge', vars['warn-text']!, vars['warn-bg']!],
      ['graph labels', TEXT, GRAPH_BACKGROUND],
      ...Object.entries(STATE_COLOURS).map(([state, colour]): [string, string, string] => [`"${state}" label on its band`, WHITE, colour]),
    ];
    for (const [what, fg, bg] of pairs) {
      assert.ok(contrast(fg, bg) >= 4.5, `${what}: ${fg} on ${bg} is ${contrast(fg, bg).toFixed(2)}:1`);
    }
  });

  it('marks, lines and the focus ring are at least 3:1 against the page', () => {
    const marks: [string, string][] = [
      ...Object.entries(KIND_COLOURS), ...Object.entries(TIE_COLOURS), ...SERIES.map((c, i): [string, string] => [`series ${i}`, c]),
      ['focus ring', vars.focus!], ['cooperative bars', vars.ok!], ['conflictual bars', vars.bad!],
    ];
    for (const [what, colour] of marks) {
      for (const bg of [PAGE, GRAPH_BACKGROUND]) {
        assert.ok(contrast(colour, bg) >= 3, `${what}: ${colour} on ${bg} is ${contrast(colour, bg).toFixed(2)}:1`);
      }
    }
  });
});
