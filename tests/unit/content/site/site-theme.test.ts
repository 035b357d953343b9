import { describe, expect, it } from 'vitest';
import { siteTheme } from '../../../../lib/content/site/site-theme';

function page(body: string, html = ''): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.setAttribute('style', html);
  doc.body.setAttribute('style', body);
  return doc;
}

describe('siteTheme', () => {
  it('reads X\u2019s dim and lights-out backgrounds as dark, white as light', () => {
    expect(siteTheme(page('background-color: rgb(0, 0, 0)'))).toBe('dark');
    expect(siteTheme(page('background-color: rgb(21, 32, 43)'))).toBe('dark');
    expect(siteTheme(page('background-color: rgb(255, 255, 255)'))).toBe('light');
    expect(siteTheme(page('background-color: rgb(240, 242, 245)'))).toBe('light'); // Facebook's grey
  });

  it('looks past a transparent body to the page root, and says nothing when it cannot tell', () => {
    expect(siteTheme(page('background-color: transparent', 'background-color: rgb(24, 25, 26)'))).toBe('dark');
    expect(siteTheme(page(''))).toBeNull();
  });
});
