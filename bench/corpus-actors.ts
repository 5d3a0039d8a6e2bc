// Actor pools for the synthetic corpus. Real states (which the lexicon knows) are
// mixed with organizations, wings and people that no lexicon knows, so the benchmark
// exercises the general mechanisms (titles, head words, appositives) as well as lookups.

export interface StateActor {
  name: string;
  capital: string;
  /** Adjective: "Iranian officials". */
  demonym: string;
  /** "the United States" takes an article. */
  the?: boolean;
}

export interface OrgActor {
  /** Without the article: "Northern Sahel Front". */
  name: string;
  the: boolean;
  /** Armed wing, without the article; null when the group has none here. */
  wing: string | null;
  /** Acronym defined in the text: "the Northern Sahel Front (NSF)". */
  acronym?: string;
  /** Head word used for "the front said". */
  head: string;
  /** Where its political office sits, when it has one abroad. */
  base?: string;
}

export const PATRONS: StateActor[] = [
  { name: 'Iran', capital: 'Tehran', demonym: 'Iranian' },
  { name: 'Qatar', capital: 'Doha', demonym: 'Qatari' },
  { name: 'Turkey', capital: 'Ankara', demonym: 'Turkish' },
  { name: 'Saudi Arabia', capital: 'Riyadh', demonym: 'Saudi' },
  { name: 'United Arab Emirates', capital: 'Abu Dhabi', demonym: 'Emirati', the: true },
  { name: 'Russia', capital: 'Moscow', demonym: 'Russian' },
  { name: 'Libya', capital: 'Tripoli', demonym: 'Libyan' },
  { name: 'Sudan', capital: 'Khartoum', demonym: 'Sudanese' },
  { name: 'Syria', capital: 'Damascus', demonym: 'Syrian' },
  { name: 'Eritrea', capital: 'Asmara', demonym: 'Eritrean' },
  { name: 'Pakistan', capital: 'Islamabad', demonym: 'Pakistani' },
  { name: 'Algeria', capital: 'Algiers', demonym: 'Algerian' },
];

export const RIVALS: StateActor[] = [
  { name: 'Israel', capital: 'Jerusalem', demonym: 'Israeli' },
  { name: 'Egypt', capital: 'Cairo', demonym: 'Egyptian' },
  { name: 'Mali', capital: 'Bamako', demonym: 'Malian' },
  { name: 'Niger', capital: 'Niamey', demonym: 'Nigerien' },
  { name: 'Chad', capital: "N'Djamena", demonym: 'Chadian' },
  { name: 'Ethiopia', capital: 'Addis Ababa', demonym: 'Ethiopian' },
  { name: 'Yemen', capital: 'Sanaa', demonym: 'Yemeni' },
  { name: 'Iraq', capital: 'Baghdad', demonym: 'Iraqi' },
  { name: 'Afghanistan', capital: 'Kabul', demonym: 'Afghan' },
  { name: 'Somalia', capital: 'Mogadishu', demonym: 'Somali' },
  { name: 'Nigeria', capital: 'Abuja', demonym: 'Nigerian' },
  { name: 'Jordan', capital: 'Amman', demonym: 'Jordanian' },
];

export const MEDIATORS: StateActor[] = [
  { name: 'Egypt', capital: 'Cairo', demonym: 'Egyptian' },
  { name: 'Oman', capital: 'Muscat', demonym: 'Omani' },
  { name: 'Norway', capital: 'Oslo', demonym: 'Norwegian' },
  { name: 'Switzerland', capital: 'Bern', demonym: 'Swiss' },
  { name: 'Kenya', capital: 'Nairobi', demonym: 'Kenyan' },
  { name: 'Morocco', capital: 'Rabat', demonym: 'Moroccan' },
  { name: 'Kuwait', capital: 'Kuwait City', demonym: 'Kuwaiti' },
  { name: 'Senegal', capital: 'Dakar', demonym: 'Senegalese' },
  { name: 'Jordan', capital: 'Amman', demonym: 'Jordanian' },
];

/** Powers that sanction, condemn or send envoys. */
export const POWERS: StateActor[] = [
  { name: 'United States', capital: 'Washington', demonym: 'American', the: true },
  { name: 'France', capital: 'Paris', demonym: 'French' },
  { name: 'United Kingdom', capital: 'London', demonym: 'British', the: true },
  { name: 'Germany', capital: 'Berlin', demonym: 'German' },
  { name: 'China', capital: 'Beijing', demonym: 'Chinese' },
  { name: 'Canada', capital: 'Ottawa', demonym: 'Canadian' },
];

export const CLIENTS: OrgActor[] = [
  { name: 'Hamas', the: false, wing: 'Izz ad-Din al-Qassam Brigades', head: 'movement', base: 'Doha' },
  { name: 'Hezbollah', the: false, wing: null, head: 'group' },
  { name: 'Palestinian Islamic Jihad', the: false, wing: 'Al-Quds Brigades', head: 'movement', base: 'Damascus' },
  { name: 'Polisario Front', the: true, wing: null, head: 'front', base: 'Algiers' },
  { name: 'Northern Sahel Front', the: true, wing: 'Tamasna Brigades', acronym: 'NSF', head: 'front' },
  { name: 'Popular Coastal Alliance', the: true, wing: 'Red Cliff Battalions', acronym: 'PCA', head: 'alliance' },
  { name: 'Azawad Renewal Council', the: true, wing: 'Adrar Legion', head: 'council' },
  { name: 'Movement for Justice and Dignity', the: true, wing: 'Free Dignity Brigades', acronym: 'MJD', head: 'movement', base: 'Khartoum' },
  { name: 'Eastern Highlands Liberation Front', the: true, wing: 'Martyr Salim Battalions', acronym: 'EHLF', head: 'front', base: 'Asmara' },
  { name: 'Islamic Dawn Movement', the: true, wing: 'Fajr al-Umma Brigades', head: 'movement' },
  { name: 'Union of Free Tribes', the: true, wing: 'Tribal Protection Force', head: 'union' },
  { name: 'Karsan Democratic Union', the: true, wing: 'Karsan Defence Units', acronym: 'KDU', head: 'party' },
  { name: 'Lake Chad Salvation Army', the: true, wing: null, acronym: 'LCSA', head: 'army' },
  { name: 'Revolutionary Vanguard of the South', the: true, wing: 'Southern Lions Brigade', head: 'group' },
];

export const BLOCS = ['the African Union', 'the Arab League', 'the United Nations', 'the European Union', 'the Organisation of Islamic Cooperation', 'ECOWAS'];

export const OUTLETS = [
  'Reuters', 'Al Jazeera', 'Asharq Al-Awsat', 'the Levant Wire', 'the Sahel Observer', 'Agence France-Presse',
  'the Associated Press', 'the Gulf Courier', 'Radio Tamanrasset', 'the Red Sea Monitor', 'the Daily Meridian',
];

export const TOWNS = [
  'Gao', 'Kidal', 'Tessalit', 'Agadez', 'Diffa', 'Rafah', 'Khan Younis', 'Marib', 'Hodeidah', 'Kirkuk',
  'Tal Afar', 'Baidoa', 'Kismayo', 'Maiduguri', 'Bol', 'Mekelle', 'Humera', 'Irbid', 'Menaka', 'Bardai',
  'Zinder', 'Ansongo', 'Tinzaouaten', 'Kafr Saleh', 'Wadi Rum', 'Dar al-Harb',
];

export const GIVEN = [
  'Idris', 'Karim', 'Yusuf', 'Amina', 'Salah', 'Tariq', 'Hassan', 'Leila', 'Omar', 'Farid', 'Nadia', 'Bilal',
  'Moussa', 'Ibrahim', 'Zainab', 'Reza', 'Dawit', 'Aklilu', 'Samir', 'Halima', 'Anwar', 'Khalid', 'Mehmet',
  'Kemal', 'Sergei', 'Viktor', 'Fatima', 'Jamal', 'Rashid', 'Abdelaziz', 'Hamid', 'Souleymane', 'Aïcha',
  'Nasser', 'Yara', 'Ousmane', 'Dmitri', 'Selim', 'Tewolde', 'Mariam',
];

/** Surnames made up for this corpus, so that no lexicon can know the person. */
export const SURNAMES = [
  'Balowa', 'Nadiri', 'Haddou', 'Tamrat', 'Karimzadeh', 'Abu Sarhan', 'al-Masrati', 'Ould Bekri', 'Djalo',
  'Fekadu', 'Rahmouni', 'Ag Intalla', 'Sarkisov', 'Velikanov', 'Yilmazer', 'Ozdemiroglu', 'al-Hamdani',
  'Bensalem', 'Tesfalem', 'Marzouqi', 'Ben Yahia', 'Kourouma', 'Zeroual', 'Haqqani-Rais', 'Dabbagh',
  'Mahdavi', 'Ghorbanpour', 'Al-Khatri', 'Boutaleb', 'Issoufou-Dan', 'Lemrabott', 'Sadeqi', 'Tahiri',
  'Amanuel', 'Oyelaran', 'Cisskouma', 'Farzanegan', 'al-Shabibi', 'Diallo-Tanko', 'Qaddouri',
];

export const STATE_TITLES = ['Foreign Minister', 'Defence Minister', 'Interior Minister', 'Prime Minister', 'President', 'intelligence chief', 'Deputy Foreign Minister'];
export const ORG_TITLES = ['leader', 'political bureau chief', 'spokesman', 'Secretary-General', 'deputy leader', 'chief negotiator'];
export const ANALYST_PLACES = [
  'the Chatham Institute', 'the Brussels Centre for Conflict Studies', 'Georgetown University', 'the Sahel Policy Forum',
  'the Beirut Research Bureau', 'King’s College London', 'the Horn Security Trust',
];
