import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aliasKey, buildLexicon, loadLexicon, readLexiconFiles, validateLexicon } from './load.ts';
import type { RawLexiconFiles } from './load.ts';

type Entry = Record<string, unknown>;

/** A copy of the shipped files with one edit applied to the entries of `file`. */
function edited(file: 'states' | 'organizations' | 'persons', edit: (entries: Entry[]) => void): RawLexiconFiles {
  const raw = structuredClone(readLexiconFiles());
  edit((raw[file] as Record<string, Entry[]>)[file]!);
  return raw;
}

test('the shipped lexicon validates with no problems', () => {
  assert.deepEqual(validateLexicon(readLexiconFiles()), []);
});

test('loadLexicon is cached and frozen', () => {
  const lexicon = loadLexicon();
  assert.equal(loadLexicon(), lexicon);
  assert.ok(Object.isFrozen(lexicon));
  assert.ok(Object.isFrozen(lexicon.actors.get('iran')));
  assert.ok(Object.isFrozen(lexicon.actors.get('hezbollah')!.aliases));
});

test('states carry capitals, demonyms and metonyms', () => {
  const { actors, states } = loadLexicon();
  assert.ok(states.size >= 198);
  const iran = states.get('iran')!;
  assert.ok(iran.capitals.includes('Tehran'));
  assert.ok(iran.demonyms.includes('Iranian'));
  assert.equal(iran.iso2, 'IR');
  assert.equal(actors.get('iran')!.kind, 'state');
  assert.ok(states.get('russia')!.metonyms.includes('the Kremlin'));
  assert.ok(states.get('israel')!.capitals.includes('Tel Aviv'));
});

test('a wing leads to its movement and on to its state', () => {
  const { actors } = loadLexicon();
  const qf = actors.get('quds-force')!;
  assert.equal(qf.kind, 'armed_wing');
  assert.equal(qf.parent, 'irgc');
  assert.equal(actors.get('irgc')!.parent, 'iran');
  assert.equal(actors.get('al-quds-brigades')!.parent, 'palestinian-islamic-jihad');
  assert.equal(actors.get('qassam-brigades')!.parent, 'hamas');
});

test('aliases and roles survive loading', () => {
  const { actors } = loadLexicon();
  assert.ok(actors.get('hezbollah')!.aliases.includes('Hizbollah'));
  const nakhala = actors.get('ziyad-al-nakhala')!;
  assert.equal(nakhala.kind, 'person');
  assert.ok(nakhala.aliases.includes('Ziad al-Nakhala'));
  assert.ok(nakhala.roles.some((r) => r.title === 'Secretary-General' && r.of === 'palestinian-islamic-jihad' && r.to === null));
});

test('forms declared ambiguous are kept off every actor', () => {
  const { actors, states, ambiguous } = loadLexicon();
  assert.ok(ambiguous.has(aliasKey('Korea')));
  assert.ok(!actors.get('north-korea')!.aliases.includes('Korea'));
  assert.ok(!actors.get('south-korea')!.aliases.includes('Korea'));
  assert.ok(!states.get('dominica')!.demonyms.includes('Dominican'));
  assert.ok(actors.get('north-korea')!.aliases.includes('DPRK'));
});

test('titles, suffixes and names', () => {
  const lexicon = loadLexicon();
  const fm = lexicon.titles.find((t) => t.forms.includes('foreign minister'))!;
  assert.deepEqual([fm.relation, fm.body], ['MEMBER_OF', 'Foreign Ministry']);
  assert.equal(lexicon.titles.find((t) => t.forms.includes('secretary-general'))!.relation, 'LEADS');
  assert.ok(lexicon.honorifics.includes('ayatollah'));
  assert.equal(lexicon.orgSuffixes.get('Brigades'), 'armed_wing');
  assert.ok(lexicon.givenNames.has('yahya') && lexicon.givenNames.has('mohammed'));
  assert.ok(lexicon.nameParticles.has('bin'));
});

test('aliasKey ignores case, diacritics, dots, hyphens, "the" and the Arabic article', () => {
  assert.equal(aliasKey('al-Qaeda'), aliasKey('Al Qaeda'));
  assert.equal(aliasKey('U.S.'), aliasKey('US'));
  assert.equal(aliasKey('Türkiye'), 'turkiye');
  assert.equal(aliasKey('the Kremlin'), 'kremlin');
  assert.equal(aliasKey('Izz ad-Din al-Qassam'), 'izz din qassam');
  assert.equal(aliasKey('Ali Khamenei'), 'ali khamenei');
});

test('a dangling parent is reported with its file and entry', () => {
  const raw = edited('organizations', (orgs) => {
    orgs.find((o) => o['id'] === 'quds-force')!['parent'] = 'no-such-body';
  });
  const problems = validateLexicon(raw);
  assert.equal(problems.length, 1);
  assert.match(problems[0]!, /^organizations\.json: entry "quds-force": parent "no-such-body" is not a known id$/);
  assert.throws(() => buildLexicon(raw), /1 problem\(s\):\n {2}organizations\.json: entry "quds-force"/);
});

test('a duplicate id across files is reported with both files', () => {
  const raw = edited('persons', (persons) => {
    persons.push({ id: 'iran', name: 'Someone Else', aliases: [], roles: [] });
  });
  assert.ok(validateLexicon(raw).some((p) => /^persons\.json: entry "iran": duplicate id \(also in states\.json\)$/.test(p)));
});

test('an alias claimed by two actors must be declared ambiguous', () => {
  const raw = edited('organizations', (orgs) => {
    (orgs.find((o) => o['id'] === 'fatah')!['aliases'] as string[]).push('Hizballah');
  });
  const problems = validateLexicon(raw);
  assert.equal(problems.length, 1);
  assert.match(problems[0]!, /"hizballah" is claimed by "hezbollah" \(organizations\.json\), "fatah" \(organizations\.json\)/);
});

test('bad kinds, dates and slugs are reported', () => {
  const raw = edited('persons', (persons) => {
    persons.push({ id: 'Bad Id', name: 'Bad Id', aliases: [''], roles: [{ title: 'Leader', of: 'hamas', from: '2019-13', to: null }] });
  });
  const problems = validateLexicon(raw).join('\n');
  assert.match(problems, /entry "Bad Id": id is not a lower-case slug/);
  assert.match(problems, /persons\.json: entry "Bad Id": "aliases"\[0\] is empty/);
  assert.match(problems, /roles\[0\]: date "2019-13" is not ISO partial/);
});

test('a body seated in a capital ("Brussels" for the EU) is loaded, and a seat that is no capital is reported', () => {
  assert.equal(loadLexicon().seats.get(aliasKey('Brussels')), 'european-union');
  const raw = edited('organizations', (orgs) => {
    orgs.find((o) => o['id'] === 'european-union')!['seats'] = ['Strasburg'];
  });
  assert.ok(validateLexicon(raw).some((p) => /^organizations\.json: .*european-union.*: seat "Strasburg" is no state's capital$/.test(p)), validateLexicon(raw).join('\n'));
});
