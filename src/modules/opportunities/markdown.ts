import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/** The longest Markdown rendered at once: an opportunity's description. */
export const MAX_MARKDOWN_LENGTH = 8000;

/** Raw HTML in the source is shown as text (html: false), never passed through; URLs become links. */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

/**
 * What the rendered HTML may keep, whatever markdown-it produced: an allow-list, so that no
 * script, event handler, style or unexpected tag can reach another member's browser.
 */
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'hr',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'strong',
    'em',
    's',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: { a: ['href', 'title', 'rel', 'target'], ol: ['start'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    // No images in other members' pages (tracking pixels, hot-linking): a link to it instead.
    img: (_tagName, attribs) => ({
      tagName: 'a',
      attribs: { href: attribs.src ?? '', rel: 'nofollow noopener noreferrer', target: '_blank' },
      text: attribs.alt || attribs.src || '',
    }),
    // Links leave GrowHere in a new tab, without passing on who sent the reader or a ranking.
    a: (tagName, attribs) => ({
      tagName,
      attribs: {
        ...attribs,
        rel: 'nofollow noopener noreferrer',
        target: '_blank',
      },
    }),
  },
};

/**
 * Markdown as written by a member, as HTML safe to show to anyone: the one renderer behind
 * `Opportunity.descriptionHtml` and the `renderMarkdown` preview.
 */
export function renderMarkdown(source: string): string {
  if (!source.trim()) return '';
  return sanitizeHtml(markdown.render(source), SANITIZE).trim();
}
