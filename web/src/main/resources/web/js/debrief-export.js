// The debrief as one self-contained HTML file: the page's content with its charts as embedded PNG
// images, the arena's stylesheet inlined, and nothing that loads from anywhere (no script, no link).
// Built as a DOM and serialized (XMLSerializer, which browsers read as HTML too), so every name and
// message stays text.

import {t} from './i18n.js';

const EXTRA_CSS = '.chart-image { width: 100%; height: auto; display: block; } body { padding: 1rem; }';

/** The HTML of a standalone copy of `article` titled `title`. */
export async function standaloneHtml(article, title) {
  const css = await fetch('/css/arena.css', {cache: 'no-store'}).then(r => (r.ok ? r.text() : ''), () => '');
  const copy = article.cloneNode(true);
  const boxes = [...article.querySelectorAll('[data-chart-box]')];
  const copies = [...copy.querySelectorAll('[data-chart-box]')];
  boxes.forEach((box, i) => {
    const canvas = box.querySelector('canvas');
    const target = copies[i];
    target.replaceChildren();
    if (!canvas) return;
    const img = document.createElement('img');
    img.src = canvas.toDataURL('image/png');
    img.alt = box.closest('[data-chart]')?.querySelector('.chart-title')?.textContent ?? t('debrief.chart');
    img.className = 'chart-image';
    target.append(img);
  });
  for (const el of copy.querySelectorAll('[data-no-export], button, select, input, script')) el.remove();
  for (const a of copy.querySelectorAll('a[href^="#"], a[href^="/"]')) a.replaceWith(document.createTextNode(a.textContent));
  const doc = document.implementation.createHTMLDocument(title);
  const meta = doc.createElement('meta');
  meta.setAttribute('charset', 'utf-8');
  const viewport = doc.createElement('meta');
  viewport.name = 'viewport';
  viewport.content = 'width=device-width, initial-scale=1';
  doc.head.prepend(meta);
  doc.head.append(viewport);
  doc.documentElement.lang = document.documentElement.lang || 'en';
  const main = doc.createElement('main');
  main.append(doc.importNode(copy, true));
  doc.body.append(main);
  // The stylesheet goes in as text after serializing: a <style> built in this page's DOM would fall
  // under the page's Content-Security-Policy. It is the arena's own file; "</" cannot end the element.
  const style = `<style>${css.replaceAll('</', '<\\/')}\n${EXTRA_CSS}</style>`;
  const markup = new XMLSerializer().serializeToString(doc.documentElement);
  return `<!doctype html>\n${markup.replace('</head>', `${style}</head>`)}\n`;
}

/** Offers `html` as a download named `fileName`. */
export function download(html, fileName) {
  const url = URL.createObjectURL(new Blob([html], {type: 'text/html;charset=utf-8'}));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
