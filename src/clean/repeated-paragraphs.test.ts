import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanText } from './index.ts';

const ARTICLE = [
  'Mediators from Egypt met both delegations in Cairo on Tuesday, according to officials.',
  'The talks focused on a prisoner exchange and the reopening of the southern crossing.',
  'Both sides agreed to meet again next week, a spokesman for the mediators said.',
];

test('an article printed twice (one line per paragraph) is kept once', () => {
  const page = ['Talks in Cairo', ...ARTICLE, 'Source: Example Wire.', ...ARTICLE, 'Source: Example Wire.'].join('\n');
  assert.equal(cleanText(page), ['Talks in Cairo', ...ARTICLE, 'Source: Example Wire.'].join('\n'));
});

test('a repeated paragraph is dropped even when wrapped or spaced differently', () => {
  const page = [ARTICLE.join(' '), '', ARTICLE.join('\n'), '', '  ' + ARTICLE.join('   '), '', 'A final new paragraph.'].join('\n');
  assert.equal(cleanText(page), `${ARTICLE.join(' ')}\n\nA final new paragraph.`);
});

test('a repeated headline line goes; one-word lines are not treated as repeats', () => {
  const page = 'Talks in Cairo\n\nTalks in Cairo\n\nYes\n\nText of the article.\n\nYes';
  assert.equal(cleanText(page), 'Talks in Cairo\n\nYes\n\nText of the article.\n\nYes');
});
