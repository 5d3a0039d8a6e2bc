// Made-up news articles for tests: each one different enough from every other
// that no two look like near copies, and the same every run (seeded).
const ACTORS = ['Iran', 'Hamas', 'Hezbollah', 'Qatar', 'Egypt', 'Turkey', 'Jordan', 'Syria', 'Saudi Arabia',
  'Russia', 'Lebanon', 'Iraq', 'Oman', 'Algeria', 'Morocco', 'Tunisia', 'Kuwait', 'Yemen', 'Sudan', 'Libya',
  'Bahrain', 'Pakistan', 'Malaysia', 'Indonesia', 'Ethiopia', 'Eritrea', 'India', 'China', 'France', 'Germany'];
const VERBS = ['pledged aid to', 'met with', 'criticised', 'accused', 'signed an agreement with', 'called on',
  'threatened', 'praised', 'hosted a delegation from', 'cut funding to', 'sent weapons to', 'condemned'];
const PLACES = ['Tehran', 'Doha', 'Cairo', 'Ankara', 'Amman', 'Beirut', 'Damascus', 'Gaza', 'Geneva', 'Moscow',
  'Muscat', 'Algiers', 'Rabat', 'Tunis', 'Baghdad', 'Khartoum', 'Sanaa', 'Tripoli'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];
const TOPICS = ['border crossings', 'reconstruction funds', 'prisoner exchanges', 'fuel deliveries', 'water rights',
  'trade routes', 'refugee camps', 'electricity supplies', 'port access', 'customs revenue', 'medical convoys',
  'fishing zones', 'air corridors', 'grain shipments', 'election timetables', 'security guarantees'];
const MOODS = ['cordial', 'tense', 'productive', 'inconclusive', 'frank', 'difficult', 'warm', 'brief', 'lengthy'];
const FIRST_NAMES = ['Ali', 'Omar', 'Layla', 'Yusuf', 'Samir', 'Nadia', 'Karim', 'Huda', 'Tariq', 'Rania',
  'Hassan', 'Mona', 'Khalid', 'Salma', 'Fadi', 'Aisha', 'Walid', 'Dina', 'Jamal', 'Reem'];
const LAST_NAMES = ['Haddad', 'Nasser', 'Khoury', 'Mansour', 'Saleh', 'Qasim', 'Darwish', 'Aziz', 'Barakat', 'Hamdan',
  'Jaber', 'Rahman', 'Sabbagh', 'Tamimi', 'Zaki', 'Obeid', 'Farouk', 'Ghanem', 'Habib', 'Karam'];
const OUTLETS = ['the Daily Ledger', 'Gulf Wire', 'the Levant Observer', 'Nile Post', 'the Capital Herald', 'Radio Meridian'];
const SPEAKERS = ['a senior official', 'a spokesman', 'a diplomat', 'an adviser', 'a lawmaker', 'an analyst'];

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Article {
  title: string;
  published: string;
  paragraphs: string[];
  text: string;
}

export function article(n: number): Article {
  const random = prng(n * 7919 + 17);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const year = 2000 + Math.floor(random() * 20);
  const date = () => `${1 + Math.floor(random() * 28)} ${pick(MONTHS)} ${year}`;
  const person = () => `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;
  const number = () => 2 + Math.floor(random() * 998);
  const sentence = () => {
    switch (Math.floor(random() * 8)) {
      case 0: return `${pick(ACTORS)} ${pick(VERBS)} ${pick(ACTORS)} in ${pick(PLACES)} on ${date()}, ${pick(SPEAKERS)} said.`;
      case 1: return `The talks covered ${pick(TOPICS)} and ${pick(TOPICS)}; ${person()} called them ${pick(MOODS)}.`;
      case 2: return `About ${number()} million dollars for ${pick(TOPICS)} were discussed in ${pick(PLACES)}.`;
      case 3: return `${person()}, who leads the ${pick(ACTORS)} delegation, arrived in ${pick(PLACES)} with ${number()} aides.`;
      case 4: return `According to ${pick(OUTLETS)}, ${pick(ACTORS)} ${pick(VERBS)} ${pick(ACTORS)} after ${pick(TOPICS)} stalled.`;
      case 5: return `Officials in ${pick(PLACES)} would not comment on ${pick(TOPICS)} until ${date()}.`;
      case 6: return `"We ${pick(['reject', 'welcome', 'note', 'question', 'support'])} ${pick(TOPICS)}," ${person()} told ${pick(OUTLETS)}.`;
      default: return `${pick(ACTORS)} has ${pick(['denied', 'confirmed', 'played down', 'welcomed'])} reports of ${number()} ${pick(['troops', 'trucks', 'advisers', 'tonnes of aid', 'rockets'])} near ${pick(PLACES)}.`;
    }
  };
  const paragraphs = Array.from({ length: 4 }, () => Array.from({ length: 4 }, sentence).join(' '));
  const title = `${pick(ACTORS)} and ${pick(ACTORS)} discuss ${pick(TOPICS)} (report ${n})`;
  return { title, published: `${year}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`, paragraphs, text: paragraphs.join('\n\n') };
}
