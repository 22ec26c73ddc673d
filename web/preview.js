// preview.html: the real widget for the configurator's preview (configure.html frames this page
// at phone, tablet and desktop widths). Settings arrive only by postMessage from a page of this
// same origin that frames it; its address carries nothing. It always saves under its own
// storage key, so trying the quiz here never mixes with a visitor's or the practice's own data.
import { mount } from './intimacy-check.js';

const ATTRS = ['practice-name', 'contact-url', 'contact-phone', 'help-text', 'safety-url', 'safety-phone',
  'safety-text', 'accent', 'exit-url', 'lang', 'langs', 'texts', 'start'];
const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const el = document.getElementById('widget');
let widget = null;

/** Every setting, null when unset, so a value taken away is taken away from the widget too. */
function options(settings) {
  const next = { storageKey: 'configurator-preview' };
  for (const name of ATTRS) next[camel(name)] = typeof settings?.[name] === 'string' ? settings[name] : null;
  return next;
}

addEventListener('message', async (event) => {
  if (event.origin !== location.origin || event.source !== parent || parent === window) return;
  const { type, settings } = event.data || {};
  if (type !== 'configurator:settings' || !settings || typeof settings !== 'object') return;
  if (!widget) widget = mount(el, options(settings));
  else (await widget).update(options(settings));
});

if (parent === window) widget = mount(el, options({}));
else parent.postMessage({ type: 'configurator:preview-ready' }, location.origin);
