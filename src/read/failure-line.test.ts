import { test } from 'node:test';
import assert from 'node:assert/strict';
import { failureLine } from './failure-line.ts';

test('a failure is one line whatever the input is called, and shows no terminal escapes', () => {
  assert.equal(failureLine('news/bad\nname.txt', 'empty file'), 'entente: news/bad\\nname.txt: empty file');
  assert.equal(failureLine('red\u001b[31m.txt', 'binary file'), 'entente: red\\u001b[31m.txt: binary file');
  assert.equal(failureLine('invoice\u202etxt.exe', 'x'), 'entente: invoice\\u202etxt.exe: x');
  assert.equal(failureLine('a\r\tb', 'line 1\nline 2'), 'entente: a\\r\\tb: line 1\\nline 2');
  // Spaces and other scripts are names like any other.
  assert.equal(failureLine('تقرير غزة 2016.txt', 'empty file'), 'entente: تقرير غزة 2016.txt: empty file');
});
