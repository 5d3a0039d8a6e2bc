import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fingerprint, fnv1a64, hammingDistance } from './fingerprint.ts';

// A made-up wire story of about 600 words, long enough to stand for a real article.
const SENTENCES = [
  'Delegations from the two rival factions met in Cairo on Tuesday for a third round of talks hosted by Egyptian intelligence officials.',
  'The meeting lasted more than six hours and ended without a joint statement, according to people familiar with the discussions.',
  'A spokesman for the first faction said the atmosphere had been positive and that both sides wanted to avoid a return to open conflict.',
  'The second faction was more cautious, saying that any agreement would depend on the release of detainees held since last summer.',
  'Egyptian mediators have shuttled between the groups for months, trying to narrow their differences over security arrangements and salaries.',
  'Diplomats in the region said the talks were being watched closely by Qatar, which has paid for fuel deliveries to the territory since the spring.',
  'Qatari officials declined to comment on whether further payments would be made if the talks failed to produce an agreement this month.',
  'Turkey, which hosts several members of the first faction, issued a statement welcoming the meeting and calling for national unity.',
  'The United Nations envoy for the region told reporters in Geneva that he hoped the process would lead to elections within a year.',
  'He warned, however, that the humanitarian situation was deteriorating and that donors had pledged less than half of what was needed.',
  'Aid agencies say electricity is available for only four hours a day in many neighbourhoods and that clean water is increasingly scarce.',
  'The last attempt at reconciliation collapsed two years ago after a dispute over control of the border crossings and the tax revenue they bring.',
  'Since then both factions have accused each other of arresting supporters and of blocking the salaries of public employees.',
  'Analysts say the pressure to reach a deal has grown as regional states shift their priorities and reduce their financial support.',
  'One analyst based in Amman said the factions could no longer count on the patrons that had sustained them for more than a decade.',
  'Iran, which has funded the armed wing of the first faction, has reportedly reduced its payments because of its own economic difficulties.',
  'Officials in Tehran denied that report and said their support for the resistance had never stopped and would continue.',
  'The next round of talks is expected to take place in Cairo after the religious holiday, according to an Egyptian official.',
  'He said the mediators would present a written proposal covering security, salaries, the crossings and a timetable for elections.',
  'Both delegations are expected to consult their leaderships before responding to the proposal, which has not been made public.',
  'Residents interviewed by telephone said they had heard many promises before and would believe in reconciliation only when they saw it.',
  'A shopkeeper said his business had lost most of its customers since the power cuts began and that he could not pay his suppliers.',
  'A teacher said her salary had been cut by half for three years and that many of her colleagues had left the territory.',
  'The European Union said it was ready to support any agreement with funding for reconstruction and for the payment of salaries.',
  'A spokeswoman in Brussels said the money would be released only once a single administration was in place and accountable.',
  'Human rights groups have called on both factions to release political detainees as a gesture of good faith before the next round.',
  'They have also urged the mediators to include civil society representatives and women in the talks, which so far have excluded them.',
  'Both factions have said they are open to broader participation once the main issues are settled between the two delegations.',
  'Observers note that similar commitments were made in previous rounds and were not carried out after the talks ended.',
  'The mediators are expected to brief foreign diplomats in Cairo on the progress of the talks later this week.',
  'Officials on both sides said they hoped to announce a framework agreement before the end of the year.',
  'Previous agreements signed in Cairo and Doha were never fully implemented, leaving the population divided between two administrations.',
  'The envoy said the international community should not repeat the mistakes of the past by setting deadlines that could not be met.',
  'He added that the only alternative to an agreement was more hardship for people who had already suffered too much.',
];
const ARTICLE = SENTENCES.join(' ');

function withChangedWords(text: string, changes: [number, string][]): string {
  const words = text.split(' ');
  for (const [index, word] of changes) words[index] = word;
  return words.join(' ');
}

test('FNV-1a 64 matches the published test vectors', () => {
  const hex = (s: string) => fnv1a64(s).map((half) => half.toString(16).padStart(8, '0')).join('');
  assert.equal(hex(''), 'cbf29ce484222325');
  assert.equal(hex('a'), 'af63dc4c8601ec8c');
  assert.equal(hex('foobar'), '85944171f73967e8');
});

test('copies with a few words changed stay within 3 bits', () => {
  const original = fingerprint(ARTICLE);
  assert.equal(ARTICLE.split(' ').length > 550, true);
  const edits: [number, string][][] = [
    [[10, 'five']],
    [[3, 'two'], [200, 'Wednesday'], [480, 'Doha']],
    [[57, 'Saudi'], [58, 'Arabia'], [301, 'cautiously']],
    [[120, 'eight'], [121, 'hours'], [400, 'late'], [555, 'soon']],
  ];
  for (const edit of edits) {
    const distance = hammingDistance(original, fingerprint(withChangedWords(ARTICLE, edit)));
    assert.ok(distance <= 3, `distance ${distance} for ${JSON.stringify(edit)}`);
  }
  // Case, punctuation and spacing do not count.
  assert.equal(hammingDistance(original, fingerprint(ARTICLE.toUpperCase().replace(/ /g, '  ').replace(/,/g, ''))), 0);
});

test('unrelated articles are far apart; the distance is a symmetric bit count', () => {
  const other = SENTENCES.map((s) => s.split(' ').reverse().join(' ')).reverse().join(' ');
  const half = SENTENCES.slice(0, 17).join(' ');
  const rest = SENTENCES.slice(17).join(' ');
  assert.ok(hammingDistance(fingerprint(ARTICLE), fingerprint(other)) >= 16);
  assert.ok(hammingDistance(fingerprint(half), fingerprint(rest)) >= 16);
  assert.equal(hammingDistance(0n, (1n << 64n) - 1n), 64);
  assert.equal(hammingDistance(0b1011n, 0b0110n), hammingDistance(0b0110n, 0b1011n));
  assert.equal(typeof fingerprint(''), 'bigint');
});

test('hammingDistance counts differing bits over all 64, in both halves', () => {
  assert.equal(hammingDistance(0n, 0n), 0);
  assert.equal(hammingDistance(0n, (1n << 64n) - 1n), 64);
  assert.equal(hammingDistance(1n << 63n, 0n), 1);
  assert.equal(hammingDistance(0xf0f0_0000_0000_00ffn, 0x00f0_0000_0000_000fn), 8);
  assert.equal(hammingDistance(0xffff_ffffn, 0xffff_ffff_0000_0000n), 64);
});
