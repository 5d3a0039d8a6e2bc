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

test('plain English prose is told without trigram scoring, and prose in other Latin-script languages still is not English', () => {
  const english = 'The minister said on Monday that the talks with the delegation from the north had ended, and that the government was ready to resume them. '.repeat(4);
  assert.equal(detectLanguage(english), 'en');
  const dutch = 'De minister zei maandag dat de gesprekken met de delegatie uit het noorden waren beëindigd en dat de regering klaar was om ze te hervatten. '.repeat(4);
  assert.equal(detectLanguage(dutch), 'nl');
  const spanish = 'El ministro dijo el lunes que las conversaciones con la delegación del norte habían terminado y que el gobierno estaba dispuesto a reanudarlas. '.repeat(4);
  assert.equal(detectLanguage(spanish), 'es');
});

test('a brief of a few lines, mostly names, is English; a brief in Indonesian is not', () => {
  assert.equal(detectLanguage('Israeli and Hamas negotiators held talks in Cairo. Iran and Saudi Arabia held talks in Baghdad. Hamas leaders held meetings in Tehran.'), 'en');
  assert.equal(detectLanguage('Para perunding Israel dan Hamas mengadakan pembicaraan di Kairo. Iran dan Arab Saudi mengadakan pembicaraan di Baghdad pada hari Senin.'), 'id');
});
