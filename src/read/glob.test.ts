import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planGlob } from './glob.ts';

test('a glob splits into a literal base folder and a matcher for the rest', () => {
  const plan = planGlob('corpus/20??/*.txt');
  assert.equal(plan.base, 'corpus');
  assert.equal(plan.depth, 1);
  assert.ok(plan.matcher.test('2016/a.txt'));
  assert.ok(!plan.matcher.test('2016/sub/a.txt'));
  assert.ok(!plan.matcher.test('201/a.txt'));
});

test('** matches zero or more folders; dots and brackets are literal', () => {
  const plan = planGlob('**/[draft].v1.*');
  assert.equal(plan.base, '.');
  assert.equal(plan.depth, Infinity);
  assert.ok(plan.matcher.test('[draft].v1.md'));
  assert.ok(plan.matcher.test('a/b/[draft].v1.txt'));
  assert.ok(!plan.matcher.test('a/d.v1.txt'));
  assert.equal(planGlob('/*.txt').base, '/');
});
