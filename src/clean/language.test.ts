import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from './language.ts';

test('whole documents get their ISO 639-1 code', () => {
  assert.equal(detectLanguage('The delegation met senior officials in the capital on Monday and discussed the future of the talks, according to a statement from the ministry.'), 'en');
  assert.equal(detectLanguage('La délégation a rencontré les responsables dans la capitale lundi et a discuté de l’avenir des négociations, selon un communiqué du ministère.'), 'fr');
  assert.equal(detectLanguage('التقى الوفد كبار المسؤولين في العاصمة يوم الاثنين وناقش مستقبل المحادثات، وفقا لبيان صادر عن وزارة الخارجية في البلاد.'), 'ar');
  assert.equal(detectLanguage('המשלחת נפגשה עם בכירים בבירה ביום שני ודנה בעתיד השיחות, כך נמסר בהודעה של המשרד.'), 'he');
});

test('short texts: English when it reads as English, else undetermined', () => {
  assert.equal(detectLanguage('Iran pledged aid to the group.'), 'en');
  assert.equal(detectLanguage('Hamas Iran Qatar'), 'und');
  assert.equal(detectLanguage('الوفد في طهران'), 'und');
});
