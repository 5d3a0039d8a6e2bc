import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from './sentences.ts';
import { tokenize } from './tokens.ts';
import { skeleton } from './normalize.ts';

const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

test('titles and initials do not end a sentence', () => {
  const text = 'He met Maj. Gen. Abbas Ibrahim in Beirut. The U.S.-ordered measures followed. Dr. Hadi spoke.';
  assert.deepEqual(sentencesOf(text), [
    'He met Maj. Gen. Abbas Ibrahim in Beirut.',
    'The U.S.-ordered measures followed.',
    'Dr. Hadi spoke.',
  ]);
});

test('a headline line without a full stop is its own sentence', () => {
  assert.deepEqual(sentencesOf('Tehran Hosts Gaza Delegation\nThe visit ended on Monday.'), [
    'Tehran Hosts Gaza Delegation',
    'The visit ended on Monday.',
  ]);
});

test('a closing quote stays with its sentence and a new quote starts the next', () => {
  assert.deepEqual(sentencesOf('"We will not bow," he said. "Nobody will."'), [
    '"We will not bow," he said.',
    '"Nobody will."',
  ]);
});

test('possessives are separate tokens so the name is exposed', () => {
  const words = tokenize('Iran’s envoy met Hamas’ leaders and the Ba’ath Party.').map((t) => t.text);
  assert.deepEqual(words.slice(0, 6), ['Iran', '’s', 'envoy', 'met', 'Hamas', '’']);
  assert.ok(words.includes('Ba’ath'));
});

test('offsets point into the text', () => {
  const text = 'Qatar’s emir, Sheikh Tamim, said “yes”.';
  for (const t of tokenize(text)) assert.equal(text.slice(t.start, t.end), t.text);
});

test('transliteration skeletons collapse common variants', () => {
  assert.equal(skeleton('Shallah'), skeleton('Shalah'));
  assert.equal(skeleton('Yehya'), skeleton('Yahya'));
  assert.equal(skeleton('Ziad'), skeleton('Ziyad'));
  assert.equal(skeleton('Hizbollah'), skeleton('Hezbollah'));
  assert.notEqual(skeleton('Hamas'), skeleton('Hezbollah'));
});

test('a run-on text with no full stop is cut into bounded pieces at commas', () => {
  const text = 'Iran met Hamas and Qatar met Egypt while Turkey accused Syria, '.repeat(400);
  const spans = splitSentences(text);
  assert.ok(spans.length > 10);
  for (const s of spans) {
    assert.ok(s.end - s.start <= 1200);
    assert.equal(text.slice(s.start, s.end).trim(), text.slice(s.start, s.end));
  }
});
