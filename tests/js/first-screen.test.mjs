// The first screen's reading of the settings (web/first-screen.js) against the one settings
// contract: it may be stricter than the widget (then it keeps the space for the app), never
// looser, so it never shows a value the widget would refuse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { accentColours, exitTo, firstScreenPlan, isPhone, isSafeUrl, tel } from '../../web/first-screen.js';
import { accentInfo, parseColour } from '../../web/configure-core.js';

const { cases } = JSON.parse(readFileSync('tests/fixtures/settings-cases.json', 'utf8'));
const first = JSON.parse(readFileSync('web/first-screen.json', 'utf8'));

test('an address or phone number the first screen takes is one the widget takes, kept the same', () => {
  const wrong = [];
  for (const { setting, value, ok, cleaned } of cases) {
    if (value === null || !['contact-url', 'safety-url', 'safety-phone', 'practice-name', 'exit-url'].includes(setting)) continue;
    const plan = firstScreenPlan(first, { [setting]: value }, null, 'en');
    if (setting === 'exit-url') {
      const to = exitTo({ [setting]: value });
      if (to !== 'https://www.google.com/search?q=weather' && (!ok || to !== cleaned)) wrong.push(`${setting} ${JSON.stringify(value)} -> ${to}`);
      continue;
    }
    if (plan && !ok) wrong.push(`${setting} ${JSON.stringify(value)}: shown, but the widget refuses it`);
    const shownValue = plan && { 'contact-url': plan.values['\ue002'], 'safety-url': plan.values['\ue001'],
      'safety-phone': plan.values['+1 234'], 'practice-name': plan.values['\ue000'] }[setting];
    if (plan && ok && (shownValue ?? '') !== cleaned) wrong.push(`${setting} ${JSON.stringify(value)}: shows ${JSON.stringify(shownValue)}, the widget keeps ${JSON.stringify(cleaned)}`);
  }
  assert.deepEqual(wrong, []);
});

test('phone numbers and their tel: addresses, as settings.rs makes them', () => {
  assert.ok(isPhone('+44 20 7946-0000') && isPhone('(555) 010 2000'));
  assert.ok(!isPhone('12') && !isPhone('call 0800') && !isPhone('0800<b>'));
  assert.equal(tel('+44 20 7946-0000'), 'tel:+442079460000');
  assert.equal(tel('(555) 010 2000'), 'tel:5550102000');
  assert.ok(!isSafeUrl('javascript:alert(1)') && !isSafeUrl('//evil.example') && !isSafeUrl('https://a b.example'));
});

test('the accent, made readable, is the configurator\'s (and so the widget\'s) for every given colour', () => {
  for (let i = 0; i < 4096; i += 7) {
    const given = `#${i.toString(16).padStart(3, '0')}`;
    const { light, dark } = accentInfo(parseColour(given));
    assert.deepEqual(accentColours(given), [light, dark], given);
  }
  assert.equal(accentColours('rgb(1, 2, 3)'), null, 'other forms are left to the app');
});

test('a practice\'s words: plain ones go in, a template\'s or anything the widget might refuse keeps the space', () => {
  const plan = firstScreenPlan(first, {}, { 'ui.title': 'Our check-in', es: { 'ui.title': 'Nuestro' } }, 'en');
  assert.equal(plan.own['ui.title'], 'Our check-in');
  assert.equal(firstScreenPlan(first, {}, { es: { 'ui.title': 'Nuestro' } }, 'es').own['ui.title'], 'Nuestro');
  for (const bad of [{ 'ui.intro_how': 'Short, {count} of them.' }, { 'ui.title': '<b>Hi</b>' }, { 'ui.title': 'A &amp; B' },
    { 'ui.title': '   ' }, { 'ui.title': 'x'.repeat(1001) }]) {
    assert.equal(firstScreenPlan(first, {}, bad, 'en'), null, JSON.stringify(bad));
  }
});
