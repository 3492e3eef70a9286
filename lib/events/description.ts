import DOMPurify from 'dompurify';

/**
 * The only way event descriptions (HTML from France Travail, typed by organisers) reach the
 * screen. Strict allow-list; links open in a new tab without opener nor referrer and only
 * to http(s)/mailto; remote images are held back unless the agent asks for them, since
 * loading them tells a third party the agent's address. Load this module with `import()`:
 * DOMPurify stays out of the popup.
 */
const TEXT_TAGS = [
  'p',
  'br',
  'strong',
  'b',
  'em',
  'i',
  'u',
  'ul',
  'ol',
  'li',
  'a',
  'blockquote',
  'span',
  'div',
];
const HEADING_TAGS = ['h3', 'h4', 'h5', 'h6'];
const SAFE_LINK = /^(https?:|mailto:)/i;
const REMOTE_IMAGE = /^https?:\/\//i;

export interface SanitisedDescription {
  html: string;
  /** Remote images found (held back or shown). */
  remoteImages: number;
}

let purifier: ReturnType<typeof DOMPurify> | undefined;
// Per-call state read by the hooks (sanitising is synchronous, so no call overlaps).
let current = { remoteImages: 0 };

function getPurifier(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  purifier = DOMPurify(window);
  purifier.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName !== 'img' || !(node instanceof Element)) return;
    const src = node.getAttribute('src') ?? '';
    if (REMOTE_IMAGE.test(src)) current.remoteImages += 1;
  });
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') {
      const href = node.getAttribute('href') ?? '';
      if (!SAFE_LINK.test(href.trim())) node.removeAttribute('href');
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    } else if (node.nodeName === 'IMG') {
      const src = node.getAttribute('src') ?? '';
      if (!REMOTE_IMAGE.test(src)) {
        node.remove();
        return;
      }
      node.setAttribute('referrerpolicy', 'no-referrer');
      node.setAttribute('loading', 'lazy');
    }
  });
  return purifier;
}

export function sanitiseDescription(html: string, options: { showImages: boolean }): SanitisedDescription {
  current = { remoteImages: 0 };
  const clean = getPurifier().sanitize(html, {
    ALLOWED_TAGS: [...TEXT_TAGS, ...HEADING_TAGS, ...(options.showImages ? ['img'] : [])],
    ALLOWED_ATTR: ['href', 'title', ...(options.showImages ? ['src', 'alt', 'width', 'height'] : [])],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    // Organisers' h1/h2 would break the page's heading outline: their text is kept, the tag is not.
    KEEP_CONTENT: true,
  });
  return { html: clean, remoteImages: current.remoteImages };
}
