// What the Share menu offers, as plain values: the permalink of the view on screen (the page's address with its
// hash, without `embed`), the address of the same view for an iframe (`#embed&…`) and the iframe snippet to
// paste into an article. The snippet is HTML: its attribute values are escaped, whatever the record's title.
import { formatHash, type HashView } from './url';

export interface ShareLinks {
  permalink: string;
  embedUrl: string;
  iframe: string;
}

/** `&`, `<`, `>`, `"` and `'` as entities: safe inside a double-quoted attribute and in text. */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** `page`: the address without its hash (`location.origin + location.pathname + location.search`). */
export function shareLinks(
  page: string,
  view: HashView,
  title: string,
  size: { width: number; height: number } = { width: 600, height: 400 },
): ShareLinks {
  const { embed: _embed, ...rest } = view;
  void _embed;
  const permalink = page + formatHash(rest);
  const embedUrl = page + formatHash({ ...rest, embed: true });
  const iframe =
    `<iframe src="${escapeHtml(embedUrl)}" width="${size.width}" height="${size.height}" ` +
    `title="${escapeHtml(title)}" style="border:0" loading="lazy" allowfullscreen></iframe>`;
  return { permalink, embedUrl, iframe };
}
