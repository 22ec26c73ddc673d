// A site that builds its pages in script mounts the widget itself.
import { mount } from 'http://127.0.0.1:8092/intimacy-check.js';

const widget = await mount(document.getElementById('quiz-here'), {
  practiceName: 'Harbour Counselling',
  contactUrl: 'https://harbour.example/book',
  storageKey: 'scripted',
});
window.intimacyCheck = widget; // for the end-to-end test: widget.update({...}), widget.unmount()
