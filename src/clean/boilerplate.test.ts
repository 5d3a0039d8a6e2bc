import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boilerplateLines, matchBoilerplateRule } from './boilerplate.ts';

const DROPPED = [
  'Share to Facebook Share to Twitter',
  'Share this article',
  'Email | Print | WhatsApp',
  'Follow us on Twitter',
  'Subscribe to our daily newsletter',
  'Sign up for the morning briefing',
  'Log in and tell us what you think',
  '4 min read',
  'Select Page',
  'Media ID: 99887766',
  'Caption:',
  'Advertisement',
  'Read more: Envoy lands in Beirut',
  'Related',
  'Most read',
  'Comments are closed.',
  'You must be logged in to post a comment.',
  'No comments:',
  'Post a Comment',
  'Note: Only a member of this blog may post a comment.',
  '© 2024 Example Media Group',
  'Copyright 2019 The Daily Example. All rights reserved.',
  'We use cookies to give you the best experience on our website, as described in our policy.',
  'Accept all cookies',
  'Click here to support independent journalism',
  'https://example.org/news/2016/12/envoy-visit',
  'Link: https://example.org/a',
  'Powered by WordPress',
  'Back to top',
  'Officials meet in the capital before the vote [Getty]',
  'Crowds gather outside the embassy (AFP/File photo)',
];

const KEPT = [
  'The envoy said he would read more reports before deciding on the aid package.',
  'Officials said the newsletter published by the group had called for a boycott of the talks.',
  '"Click here," the instructions said, and thousands of supporters signed the petition online.',
  'Share prices fell sharply in Tehran after the announcement of new sanctions on Monday.',
  'Hamas and Iran since Syria',
  // Button words only, but none names a way to share: a heading, not buttons.
  'Link to this story',
  'Iran pledged $70m in annual assistance to the group, according to the leaked minutes.',
  'The three commanders received financial aid from Iran [of an undisclosed amount]',
];

test('each kind of boilerplate line is recognised', () => {
  for (const line of DROPPED) assert.ok(matchBoilerplateRule(line), `should drop: ${line}`);
});

test('real sentences and headings are kept, even with trigger words in them', () => {
  for (const line of KEPT) assert.equal(matchBoilerplateRule(line)?.name, undefined, `should keep: ${line}`);
});

test('a "Related" heading takes its run of headlines with it, and stops at text', () => {
  const lines = [
    'The talks ended without agreement, officials from both delegations said late on Friday.',
    '',
    'More from Middle East',
    'Envoy Returns to Cairo for Second Round',
    'Will the Truce Hold?',
    '',
    'Iran Names New Commander',
    'A new round of talks is expected next month in Doha, the mediators said in a statement.',
  ];
  assert.deepEqual([...boilerplateLines(lines)].sort(), [2, 3, 4, 6]);
});

test('menu lines are dropped at the top and bottom of a page only', () => {
  const body = Array.from({ length: 30 }, (_, i) => `Paragraph ${i} of the report describes the meeting in detail.`);
  const lines = ['Home | News | Opinion | Sport', 'World News Opinion | Example Times', ...body, 'About | Contact | Privacy'];
  assert.deepEqual([...boilerplateLines(lines)].sort((a, b) => a - b), [0, 1, 32]);
  const middle = [...body.slice(0, 15), 'Home | News | Opinion', ...body.slice(15)];
  assert.deepEqual([...boilerplateLines(middle)], []);
});
