import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorMatches, entityKeys, goldVariants, normalizeName } from './names.ts';
import { aliases, entity } from './test-helpers.ts';

test('normalizeName folds case, diacritics, hyphens, apostrophes and spaces', () => {
  assert.equal(normalizeName('Türkiye'), 'turkiye');
  assert.equal(normalizeName('António  Guterres'), 'antonio guterres');
  assert.equal(normalizeName('HAMAS'), 'hamas');
  assert.equal(normalizeName('Falahat-Pisheh'), normalizeName('Falahatpisheh'));
  assert.equal(normalizeName('Hamas’ political wing'), "hamas' political wing");
  assert.equal(normalizeName('  Islamic \n Jihad '), 'islamic jihad');
});

test('normalizeName drops al-/el- at the start of the name and of each word', () => {
  assert.equal(normalizeName('al-Qassam Brigades'), 'qassam brigades');
  assert.equal(normalizeName('Al-Qassam Brigades'), 'qassam brigades');
  assert.equal(normalizeName('Abdel Fattah el-Sisi'), 'abdel fattah sisi');
  assert.equal(normalizeName('Izz al-Din al-Qassam'), 'izz din qassam');
  assert.equal(normalizeName('Bayt al Maqdis'), normalizeName('Bayt al-Maqdis'));
  assert.equal(normalizeName('al quds brigades'), 'quds brigades');
  // Only the article: words that merely begin with "al"/"el" stay whole.
  assert.equal(normalizeName('Ali Alalami'), 'ali alalami');
  assert.equal(normalizeName('Elias'), 'elias');
});

test('gold names expand through aliases; unknown names stand for themselves', () => {
  const v = goldVariants(['Iran'], aliases);
  assert.ok(v.has('tehran') && v.has('iran') && v.has('islamic republic'));
  assert.ok(!v.has('irgc'));
  assert.deepEqual([...goldVariants(['Mohammad Dahlan'], aliases)], ['mohammad dahlan']);
  // A canonical written with different diacritics or case still finds its entry.
  assert.ok(goldVariants(['turkey'], aliases).has('turkiye'));
});

test('a predicted actor matches by name, alias or id with hyphens as spaces', () => {
  const quds = goldVariants(['al-Quds Brigades'], aliases);
  assert.ok(actorMatches(entityKeys('al-quds-brigades', undefined), quds));
  assert.ok(actorMatches(entityKeys('x1', entity('x1', 'Saraya al-Quds')), quds));
  assert.ok(actorMatches(entityKeys('x2', entity('x2', 'Unknown', ['Al-Quds Brigade', 'Quds Brigades'])), quds));
  assert.ok(!actorMatches(entityKeys('hamas', entity('hamas', 'Hamas')), quds));
});
