// Currency and number words. Data, not logic: widen coverage here.

/** Symbols written before the number. "$" alone is taken as US dollars, as English news uses it. */
export const SYMBOLS: Readonly<Record<string, string>> = {
  '$': 'USD', 'US$': 'USD', 'U.S.$': 'USD', 'C$': 'CAD', 'A$': 'AUD', 'HK$': 'HKD', 'NZ$': 'NZD',
  'S$': 'SGD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₪': 'ILS', '₹': 'INR', '₽': 'RUB', '₺': 'TRY',
  '﷼': 'IRR',
};

/** Upper-case codes, before ("USD 300,000") or after ("300,000 USD") the number. */
export const CODES: Readonly<Record<string, string>> = {
  USD: 'USD', EUR: 'EUR', GBP: 'GBP', IRR: 'IRR', ILS: 'ILS', NIS: 'ILS', SAR: 'SAR', QAR: 'QAR',
  TRY: 'TRY', EGP: 'EGP', JPY: 'JPY', CNY: 'CNY', RMB: 'CNY', RUB: 'RUB', INR: 'INR', AED: 'AED',
  KWD: 'KWD', JOD: 'JOD', IQD: 'IQD', LBP: 'LBP', SYP: 'SYP', CHF: 'CHF', CAD: 'CAD', AUD: 'AUD',
  PKR: 'PKR', OMR: 'OMR', BHD: 'BHD', YER: 'YER', LYD: 'LYD', SDG: 'SDG', TND: 'TND', MAD: 'MAD',
  DZD: 'DZD', Rs: 'INR', 'Rs.': 'INR',
};

/** Currency words after the number, singular form → default code when no adjective says otherwise. */
export const WORDS: Readonly<Record<string, string>> = {
  dollar: 'USD', euro: 'EUR', pound: 'GBP', sterling: 'GBP', riyal: 'SAR', rial: 'IRR', toman: 'IRR',
  shekel: 'ILS', sheqel: 'ILS', lira: 'TRY', dinar: 'IQD', dirham: 'AED', yuan: 'CNY', renminbi: 'CNY',
  yen: 'JPY', ruble: 'RUB', rouble: 'RUB', rupee: 'INR', franc: 'CHF',
};

/** Surface forms of the currency words (plurals included), as a regex alternation. */
export const WORD_FORMS =
  'dollars?|euros?|pounds?(?:\\s+sterling)?|sterling|riyals?|rials?|tomans?|shekels?|shekalim|sheqels?|' +
  'liras?|lire|dinars?|dirhams?|yuan|renminbi|yen|rubles?|roubles?|rupees?|francs?';

/** Country adjectives that pick the currency of an ambiguous word ("Egyptian pounds", "Qatari riyals"). */
export const ADJECTIVES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'us': { dollar: 'USD' }, 'u.s.': { dollar: 'USD' }, 'american': { dollar: 'USD' },
  'canadian': { dollar: 'CAD' }, 'australian': { dollar: 'AUD' }, 'hong kong': { dollar: 'HKD' },
  'saudi': { riyal: 'SAR', rial: 'SAR' }, 'qatari': { riyal: 'QAR', rial: 'QAR' },
  'iranian': { rial: 'IRR', riyal: 'IRR', toman: 'IRR' }, 'omani': { rial: 'OMR', riyal: 'OMR' },
  'yemeni': { rial: 'YER', riyal: 'YER' }, 'egyptian': { pound: 'EGP' },
  'lebanese': { pound: 'LBP', lira: 'LBP' }, 'syrian': { pound: 'SYP', lira: 'SYP' },
  'sudanese': { pound: 'SDG' }, 'british': { pound: 'GBP' }, 'turkish': { lira: 'TRY' },
  'israeli': { shekel: 'ILS', sheqel: 'ILS' }, 'new israeli': { shekel: 'ILS', sheqel: 'ILS' },
  'jordanian': { dinar: 'JOD' }, 'iraqi': { dinar: 'IQD' }, 'kuwaiti': { dinar: 'KWD' },
  'bahraini': { dinar: 'BHD' }, 'libyan': { dinar: 'LYD' }, 'tunisian': { dinar: 'TND' },
  'algerian': { dinar: 'DZD' }, 'emirati': { dirham: 'AED' }, 'uae': { dirham: 'AED' },
  'moroccan': { dirham: 'MAD' }, 'chinese': { yuan: 'CNY' }, 'japanese': { yen: 'JPY' },
  'indian': { rupee: 'INR' }, 'pakistani': { rupee: 'PKR' }, 'russian': { ruble: 'RUB', rouble: 'RUB' },
  'swiss': { franc: 'CHF' },
};

/** A toman is ten rials; amounts in tomans are reported in IRR. */
export const WORD_FACTOR: Readonly<Record<string, number>> = { toman: 10 };

/** Scale words and abbreviations → factor. */
export const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3, k: 1e3, lakh: 1e5, million: 1e6, mn: 1e6, mln: 1e6, m: 1e6,
  billion: 1e9, bn: 1e9, bln: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, trn: 1e12, crore: 1e7,
};

/** Number words that can stand before a scale word: "a million dollars", "half a billion euros". */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  'a': 1, 'an': 1, 'one': 1, 'half a': 0.5, 'two': 2, 'three': 3, 'four': 4, 'five': 5, 'six': 6,
  'seven': 7, 'eight': 8, 'nine': 9, 'ten': 10, 'eleven': 11, 'twelve': 12, 'fifteen': 15,
  'twenty': 20, 'thirty': 30, 'forty': 40, 'fifty': 50, 'sixty': 60, 'seventy': 70, 'eighty': 80,
  'ninety': 90, 'a hundred': 100,
};
