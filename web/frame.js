// frame.html: takes the widget's settings from its own address (?practice-name=…&accent=…)
// and tells the parent page its height, so the iframe grows and shrinks with the content.
// The message holds only a number; the parent checks where it came from (see README).
// Only the widget's own settings are taken from the address: anyone can write a link to this
// page, so nothing else (no event handler, no style) may be set from it.
import './intimacy-check.js';

const SETTINGS = ['practice-name', 'contact-url', 'contact-phone', 'help-text', 'accent', 'exit-url',
  'storage-key', 'lang', 'start'];
const widget = document.querySelector('intimacy-check');
const params = new URLSearchParams(location.search);
for (const name of SETTINGS) if (params.has(name)) widget.setAttribute(name, params.get(name));
// The frame grows and shrinks with its content, so it keeps no reserved height.
widget.style.minHeight = '0px';

let last = 0;
const tell = () => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height !== last && parent !== window) {
    last = height;
    parent.postMessage({ type: 'intimacy-check:height', height }, '*');
  }
};
new ResizeObserver(tell).observe(document.body);
tell();
