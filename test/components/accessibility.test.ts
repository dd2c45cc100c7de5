// simulate renders no attributes, so the accessible labels are checked in the WXML the components ship.
import fs from 'fs';
import path from 'path';

const DIR = path.join(__dirname, '../../src/components');

/** Every element of these tags in the file: its full opening tag, and the text up to its closing tag. */
function elements(wxml: string, tags: string[]): Array<{ tag: string; open: string; text: string }> {
  const out: Array<{ tag: string; open: string; text: string }> = [];
  const re = new RegExp(`<(${tags.join('|')})\\b([^>]*?)(/?)>`, 'g');
  for (let m = re.exec(wxml); m; m = re.exec(wxml)) {
    const close = m[3] ? -1 : wxml.indexOf(`</${m[1]}>`, re.lastIndex);
    out.push({ tag: m[1]!, open: m[0], text: close < 0 ? '' : wxml.slice(re.lastIndex, close).trim() });
  }
  return out;
}

describe.each(['eiam-bind-form', 'eiam-captcha'])('%s accessibility', (name) => {
  const wxml = fs.readFileSync(path.join(DIR, name, 'index.wxml'), 'utf8');

  it('labels every input and image, or hides the decorative ones', () => {
    const items = elements(wxml, ['input', 'image']);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item.open).toMatch(/aria-label="\{\{[^}]+\}\}"|aria-hidden="true"/);
  });

  it('gives every tappable or draggable element a name: its text or an aria-label', () => {
    const items = elements(wxml, ['button', 'view']).filter((e) => /bindtap|bindtouchstart/.test(e.open));
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const named = /aria-label="\{\{[^}]+\}\}"/.test(item.open) || /\{\{[^}]+\}\}/.test(item.text);
      expect({ element: item.open, named }).toEqual({ element: item.open, named: true });
    }
  });

  it('announces errors and messages', () => {
    expect(wxml).toMatch(/aria-role="alert"|aria-live="polite"/);
  });
});
