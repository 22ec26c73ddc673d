// The configurator's rules and snippets, checked in Node (node --test tests/js/).
// The same values as src/core/settings.rs's tests: what the widget refuses is refused here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  accentInfo, check, checkAll, checkBase, checkPractice, contrast, escapeHtml, escapeShortcode, fromFragment,
  iframeSnippet, jsString, langsList, parseColour, practiceIdFrom, scriptSnippet, settingsFile, shortcode, toFragment,
} from '../../web/configure-core.js';

test('a full valid set passes, trimmed', () => {
  const good = {
    'practice-name': ' Harbour Counselling ', 'contact-url': 'https://harbour.example/book',
    'contact-phone': '+44 20 7946 0000', 'help-text': 'Call us any weekday.',
    'safety-url': 'https://harbour.example/safety', 'safety-phone': '0808 2000 247',
    'safety-text': 'Call the National Domestic Abuse Helpline, free, day or night.', accent: '#2a6f97',
    'exit-url': 'https://www.bbc.co.uk/weather', 'storage-key': 'harbour', lang: 'en-GB', langs: 'en es',
    texts: '/counselling/our-words.json', start: 'plan',
  };
  const { attrs, errors } = checkAll({ ...good, base: 'https://a.example/w/' });
  assert.deepEqual(errors, {});
  assert.equal(attrs['practice-name'], 'Harbour Counselling');
  assert.equal(checkAll({ accent: 'RGB(42 111 151)' }).attrs.accent, '#2a6f97');
  assert.equal(checkAll({ accent: '#ABC' }).attrs.accent, '#aabbcc');
  assert.equal(shortcode({ lang: 'EN_us' }), '[intimacy_check lang="en"]\n');
  assert.equal(Object.keys(attrs).length, 14);
});

test('every value the widget ignores is refused with a message', () => {
  const cases = [
    ['contact-url', 'javascript:alert(1)'], ['contact-url', 'JavaScript:alert(1)'], ['contact-url', '//evil.example'],
    ['contact-url', '/\\evil.example'], ['contact-url', 'harbour.example'], ['contact-url', 'https://'],
    ['contact-url', 'https://a b'], ['contact-url', 'mailto:'], ['contact-url', 'data:text/html,hi'],
    ['exit-url', 'mailto:a@b.c'], ['exit-url', 'data:text/html,hi'], ['exit-url', 'javascript:alert(1)'],
    ['contact-phone', 'call us'], ['contact-phone', '12'], ['contact-phone', '+44 20 <b>'],
    // The safety settings are checked as contact-url, contact-phone and help-text.
    ['safety-url', 'javascript:alert(1)'], ['safety-url', '//evil.example'], ['safety-url', '/\\evil.example'],
    ['safety-url', 'harbour.example'], ['safety-url', 'https://a b'], ['safety-url', 'mailto:'],
    ['safety-url', 'data:text/html,hi'], ['safety-phone', '<b>999</b>'], ['safety-phone', '12'],
    ['safety-phone', 'call us'], ['safety-phone', '+44 20\u00a00000'], ['safety-text', 'x'.repeat(601)],
    ['accent', 'hotpink'], ['accent', '#12345'], ['accent', 'rgb(300, 0, 0)'], ['accent', 'rgba(1,2,3,0.5)'],
    ['accent', 'rgb(1,2)'], ['accent', '#'], ['accent', 'rgb(-0, 0, 0)'], ['accent', 'rgb(+, 0, 0)'],
    ['storage-key', 'has space'], ['storage-key', 'a/b'], ['storage-key', 'x'.repeat(65)], ['storage-key', 'é'],
    ['lang', 'xx'], ['lang', 'fr-en'], ['start', 'results'], ['start', 'Plan'],
    // langs: the widget leaves out (with a warning) each language it does not speak.
    ['langs', 'xx'], ['langs', 'en fr'], ['langs', 'es,de-DE'], ['langs', '-en'], ['langs', 'auto'],
    ['langs', 'en\tes'], ['langs', 'en;es'], ['langs', 'en\u00a0es'],
    ['texts', 'javascript:alert(1)'], ['texts', '//evil.example/words.json'], ['texts', '/\\evil.example'],
    ['texts', 'mailto:a@b.c'], ['texts', 'our-words.json'], ['texts', 'https://'], ['texts', 'https://a.example/our words.json'],
    ['texts', 'data:application/json,{}'],
    ['practice-name', 'x'.repeat(101)], ['help-text', 'x'.repeat(601)],
  ];
  for (const [name, value] of cases) {
    const r = check(name, value);
    assert.equal(r.value, null, `${name}=${value}`);
    assert.ok(r.error.length > 10, `${name}=${value} has a message`);
  }
});

test('edges the widget accepts are accepted', () => {
  const cases = [
    ['contact-url', 'mailto:a'], ['contact-url', '/book'], ['contact-url', 'HTTPS://A.EXAMPLE'], ['contact-url', 'http://ab'],
    ['exit-url', 'MAILTO:x'], // settings.rs checks "mailto:" case-sensitively for exit-url
    ['contact-phone', '(555) 010-2000.'], ['safety-url', 'mailto:help@harbour.example'], ['safety-url', '/safety'],
    ['safety-url', 'HTTPS://A.EXAMPLE'], ['safety-phone', '0808 2000 247'], ['safety-phone', '(555) 010-2000.'],
    ['safety-phone', '999'], ['safety-text', 'é'.repeat(600)], ['safety-text', 'Call "us" & <we> help'],
    ['accent', '#FFF'], ['accent', 'RGB(1 2 3)'], ['accent', 'rgb(+1,,002,255)'],
    ['storage-key', 'a_b-C9'], ['storage-key', 'x'.repeat(64)], ['lang', 'EN_us'], ['lang', 'en-'], ['start', 'quiz'],
    ['langs', 'en'], ['langs', 'en es'], ['langs', 'es, en-GB es'], ['langs', 'EN_us,ES-419'], ['langs', 'en,,es'],
    ['texts', '/our-words.json'], ['texts', 'https://harbour.example/words.json?v=2'], ['texts', 'HTTP://A.EXAMPLE/w'],
    ['texts', 'MAILTO:x'], // as exit-url: settings.rs checks "mailto:" case-sensitively
    ['practice-name', '😀'.repeat(100)], ['help-text', 'é'.repeat(600)], ['practice-name', 'Harbour "><script>'],
  ];
  for (const [name, value] of cases) assert.equal(check(name, value).value, value, `${name}=${value}`);
  // Blank is simply unset, never an error; Rust's trim includes U+0085 but not U+FEFF.
  assert.deepEqual(check('practice-name', ' \u0085\u3000 '), { value: null, error: '' });
  assert.equal(check('practice-name', '\ufeffA').value, '\ufeffA');
  assert.equal(check('contact-url', 'https://a.example/\u0085x').value, null);
  // A list with no language in it (only commas) is as good as blank: no switch, no warning.
  assert.deepEqual(check('langs', ' , ,'), { value: null, error: '' });
});

test('langs: the refused languages are named, the lang message names both languages, the shortcode gets bare codes', () => {
  assert.match(check('langs', 'en fr xx').error, /"fr", "xx"/);
  assert.match(check('langs', 'en fr').error, /en es/);
  assert.match(check('lang', 'fr').error, /en \(English\) and es \(Spanish\)/);
  assert.doesNotMatch(check('lang', 'fr').error, /only/);
  assert.equal(langsList('es, en-GB es EN_us'), 'es en');
  const { attrs } = checkAll({ langs: ' es, en-GB ', texts: ' /w.json ' });
  assert.deepEqual(attrs, { langs: 'es, en-GB', texts: '/w.json' });
  assert.equal(shortcode(attrs), '[intimacy_check langs="es en" texts="/w.json"]\n');
  assert.ok(scriptSnippet('https://a.example/w/', attrs).includes('  langs="es, en-GB"\n  texts="/w.json"></intimacy-check>'));
});

test('colours and contrast match settings.rs', () => {
  assert.deepEqual(parseColour('#2A6F97'), [0x2a, 0x6f, 0x97]);
  assert.deepEqual(parseColour(' #000000 '), [0, 0, 0]);
  assert.deepEqual(parseColour('rgb(42 111 151)'), [42, 111, 151]);
  assert.ok(Math.abs(contrast([0x76, 0x76, 0x76], [255, 255, 255]) - 4.54) < 0.01);
  const ok = accentInfo([0x2a, 0x6f, 0x97]);
  assert.equal(ok.adjusted, false);
  assert.equal(ok.light, '#2a6f97');
  const light = accentInfo([0xff, 0xd9, 0x66]);
  assert.equal(light.adjusted, true);
  assert.ok(light.lightRatio >= 4.5 && light.ratio < 4.5);
  for (let r = 0; r <= 255; r += 51) for (let g = 0; g <= 255; g += 51) for (let b = 0; b <= 255; b += 51) {
    const a = accentInfo([r, g, b]);
    assert.ok(contrast(parseColour(a.light), [255, 255, 255]) >= 4.5);
    assert.ok(contrast(parseColour(a.dark), [0x17, 0x21, 0x27]) >= 4.5);
  }
});

test('the folder address and the settings file name', () => {
  assert.equal(checkBase('https://a.example/w').value, 'https://a.example/w/');
  assert.equal(checkBase('https://a.example/w/intimacy-check.js?x=1#y').value, 'https://a.example/w/');
  for (const bad of ['', 'a.example/w/', 'javascript:alert(1)', 'ftp://a.example/', 'https://u:p@a.example/']) {
    assert.equal(checkBase(bad).value, null, bad);
  }
  assert.equal(checkPractice('harbour-2').value, 'harbour-2');
  assert.equal(checkPractice('../evil').value, null);
  assert.equal(practiceIdFrom('Harbour Counselling & Co.'), 'harbour-counselling-co');
  assert.equal(practiceIdFrom('Café Zoë'), 'cafe-zoe');
  assert.equal(practiceIdFrom('"><'), 'my-practice');
});

test('snippets escape every value', () => {
  const attrs = { 'practice-name': 'Harbour "><script>alert(1)</script>', 'help-text': "It's Bob & Sue's [x]\nline" };
  const html = scriptSnippet('https://a.example/w/', attrs);
  assert.ok(!html.includes('<script>alert'));
  assert.ok(html.includes('practice-name="Harbour &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"'));
  assert.ok(html.includes('help-text="It&#39;s Bob &amp; Sue&#39;s [x]\nline"'));
  const sc = shortcode(attrs);
  assert.ok(!/[<>"'[\]]/.test(sc.slice('[intimacy_check'.length, -2).replace(/="|" |"$/g, '')));
  assert.ok(sc.includes('help_text="It&#39;s Bob &amp; Sue&#39;s &#91;x&#93;&#10;line"'));
  assert.equal(escapeHtml(`&<>"'`), '&amp;&lt;&gt;&quot;&#39;');
  assert.equal(escapeShortcode('[]\u00a0\u200b'), '&#91;&#93;&#160;&#8203;');
  assert.equal(jsString('</script><!--\u2028'), '"\\u003c/script\\u003e\\u003c!--\\u2028"');
  assert.ok(!/[<>&]/.test(settingsFile(attrs)));
  assert.deepEqual(JSON.parse(settingsFile({ ...attrs, lang: 'en', start: 'plan' })), {
    'practice-name': attrs['practice-name'], 'help-text': attrs['help-text'],
  });
  // The iframe page's settings file takes langs and texts (frame.js FROM_FILE); its address does not.
  const words = '/our-words.json?a=1&b=<2>';
  assert.deepEqual(JSON.parse(settingsFile({ langs: 'en es', texts: words, lang: 'es' })), { langs: 'en es', texts: words });
  assert.ok(!/[<>&]/.test(settingsFile({ texts: words })));
  assert.ok(scriptSnippet('https://a.example/w/', { texts: words }).includes('texts="/our-words.json?a=1&amp;b=&lt;2&gt;"'));
  assert.ok(shortcode({ texts: words }).includes('texts="/our-words.json?a=1&amp;b=&lt;2&gt;"'));
  assert.ok(!iframeSnippet('https://a.example/w/', 'h', { langs: 'en es', texts: words }).includes('our-words'));
  const frame = iframeSnippet('https://a.example/w/', 'harbour', { lang: 'en', start: 'plan' });
  assert.ok(frame.includes('src="https://a.example/w/frame.html?practice=harbour&amp;lang=en&amp;start=plan"'));
  assert.ok(frame.includes('event.origin !== "https://a.example"'));
});

test('the safety settings go into every snippet but the iframe\'s address', () => {
  const attrs = {
    'practice-name': 'Harbour', 'safety-url': 'https://harbour.example/safety?a=1&b=2', 'safety-phone': '0808 2000 247',
    'safety-text': "If you're afraid, call [free] <any time>", accent: '#2a6f97',
  };
  assert.equal(checkAll({ ...attrs, 'safety-phone': ' 0808 2000 247 ' }).attrs['safety-phone'], '0808 2000 247');
  const html = scriptSnippet('https://a.example/w/', attrs);
  assert.ok(html.includes('  practice-name="Harbour"\n  safety-url="https://harbour.example/safety?a=1&amp;b=2"\n'
    + '  safety-phone="0808 2000 247"\n  safety-text="If you&#39;re afraid, call [free] &lt;any time&gt;"\n  accent="#2a6f97">'));
  // The settings file, in the README's order: the iframe page takes them only from there.
  const file = settingsFile(attrs);
  assert.deepEqual(Object.keys(JSON.parse(file)), ['practice-name', 'safety-url', 'safety-phone', 'safety-text', 'accent']);
  assert.deepEqual(JSON.parse(file), attrs);
  assert.ok(!/[<>&]/.test(file));
  const frame = iframeSnippet('https://a.example/w/', 'harbour', attrs);
  assert.ok(!frame.includes('safety') && !frame.includes('0808'));
  assert.equal(shortcode(attrs), '[intimacy_check practice_name="Harbour" safety_url="https://harbour.example/safety?a=1&amp;b=2"'
    + ' safety_phone="0808 2000 247" safety_text="If you&#39;re afraid, call &#91;free&#93; &lt;any time&gt;" accent="#2a6f97"]\n');
  // A refused value is left out of every snippet.
  const refused = checkAll({ 'safety-url': 'javascript:alert(1)', 'safety-phone': '12', 'safety-text': 'x'.repeat(601) });
  assert.deepEqual(refused.attrs, {});
  assert.deepEqual(Object.keys(refused.errors), ['safety-url', 'safety-phone', 'safety-text', 'base']);
  assert.deepEqual(fromFragment(`#${toFragment({ 'safety-text': 'a & b\nc', 'safety-phone': '+44 808' })}`),
    { 'safety-phone': '+44 808', 'safety-text': 'a & b\nc' });
});

test('the fragment round-trips every field', () => {
  const form = {
    'practice-name': 'A & B = "C"#', 'help-text': 'x\ny', base: 'https://a.example/w/', practice: 'a-b', start: 'plan',
    langs: 'en, es', texts: '/w.json?a=1&b=2#x',
  };
  assert.deepEqual(fromFragment(`#${toFragment(form)}`), form);
});
