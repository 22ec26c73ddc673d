// frame.html: takes the widget's settings from its own address (?practice-name=…&accent=…)
// and tells the parent page its height, so the iframe grows and shrinks with the content.
// The message holds only a number; the parent checks where it came from (see README).
import './intimacy-check.js';

const widget = document.querySelector('intimacy-check');
for (const [name, value] of new URLSearchParams(location.search)) widget.setAttribute(name, value);

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
