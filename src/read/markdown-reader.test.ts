import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readMarkdown } from './markdown-reader.ts';

function read(markdown: string) {
  const result = readMarkdown(markdown, 'a.md');
  assert.ok(result.ok, result.ok ? '' : result.failure.reason);
  return result.docs[0]!;
}

test('Markdown syntax is stripped, paragraphs kept, soft-wrapped lines joined', () => {
  const doc = read(`# Envoy meets *faction* leaders

The **UN envoy** met [faction leaders](https://example.org/x "link") in
Cairo on _Thursday_, officials said.

> "We made progress," the envoy told \`reporters\`.

- First point
- Second point with ![a photo](p.jpg) no image

---

Snake_case_names and 3 * 4 stay; \\*escaped\\* too.

[ref]: https://example.org/ref
`);
  assert.equal(doc.meta.title, 'Envoy meets faction leaders');
  assert.equal(
    doc.text,
    [
      'Envoy meets faction leaders',
      'The UN envoy met faction leaders in Cairo on Thursday, officials said.',
      '"We made progress," the envoy told reporters.',
      'First point\nSecond point with no image',
      'Snake_case_names and 3 * 4 stay; *escaped* too.',
    ].join('\n\n'),
  );
});

test('embedded HTML is stripped, scripts with their content, entities decoded', () => {
  const doc = read('Talks <b>resumed</b> in Doha &amp; Cairo.<script>alert("x")</script>\n\n<!-- note -->\n<div>Second</div> paragraph.');
  assert.equal(doc.text, 'Talks resumed in Doha & Cairo.\n\nSecond paragraph.');
});

test('front matter gives the title and date; setext headings are headings', () => {
  const doc = read('---\ntitle: "Ceasefire holds"\ndate: 2022-05-14\n---\nCeasefire holds\n===============\n\nThe truce held overnight.\n');
  assert.deepEqual(doc.meta, { title: 'Ceasefire holds', published: '2022-05-14' });
  assert.equal(doc.text, 'Ceasefire holds\n\nThe truce held overnight.');
});

test('fenced code keeps its text; a file of only markup is refused', () => {
  assert.equal(read('```\nlet a_b = *c*;\n```').text, 'let a_b = *c*;');
  assert.equal(readMarkdown('---\n\n<!-- nothing -->\n', 'x.md').ok, false);
});
