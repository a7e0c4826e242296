// The Share menu's addresses (src/ui/share.ts) and the `embed` and `compare` keys of the link (src/ui/url.ts).
import { describe, expect, it } from 'vitest';
import { escapeHtml, shareLinks } from '../../src/ui/share';
import { formatHash, parseHash } from '../../src/ui/url';

const ctx = { minDate: '2024-11-26', maxDate: '2024-12-12', placeIds: new Set(['homs']) };

describe('share links', () => {
  it('gives the permalink without embed, the embed address with it first, and an escaped snippet', () => {
    const l = shareLinks(
      'https://example.org/frontline/',
      { embed: true, date: '2024-12-06', place: 'homs', map: { zoom: 7, lat: 34.7, lon: 36.7 } },
      'A "title" <b>&</b>',
    );
    expect(l.permalink).toBe('https://example.org/frontline/#map=7/34.700/36.700&date=2024-12-06&place=homs');
    expect(l.embedUrl).toBe(
      'https://example.org/frontline/#embed&map=7/34.700/36.700&date=2024-12-06&place=homs',
    );
    expect(l.iframe).toBe(
      '<iframe src="https://example.org/frontline/#embed&amp;map=7/34.700/36.700&amp;date=2024-12-06&amp;place=homs" ' +
        'width="600" height="400" title="A &quot;title&quot; &lt;b&gt;&amp;&lt;/b&gt;" style="border:0" loading="lazy" allowfullscreen></iframe>',
    );
    expect(escapeHtml(`'`)).toBe('&#39;');
  });

  it('reads and writes embed and compare in the link; bad values are ignored with a reason', () => {
    const p = parseHash('#embed&date=2024-12-08&compare=2024-11-29', ctx);
    expect(p).toEqual({ view: { embed: true, date: '2024-12-08', compare: '2024-11-29' }, ignored: [] });
    expect(formatHash(p.view)).toBe('#embed&date=2024-12-08&compare=2024-11-29');
    const bad = parseHash('#embed=yes&compare=2023-01-01&date=2024-12-08', ctx);
    expect(bad.view).toEqual({ date: '2024-12-08' });
    expect(bad.ignored).toEqual([
      'embed="yes": "embed" takes no value',
      'compare=2023-01-01: outside the record (2024-11-26 to 2024-12-12)',
    ]);
  });
});
