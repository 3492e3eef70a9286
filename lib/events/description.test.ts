import { describe, expect, it } from 'vitest';
import { MEE_EVENEMENT_SAMPLE, SALON_EN_LIGNE_SAMPLE } from './core/wire/fixtures';
import { sanitiseDescription } from './description';

function render(html: string, showImages = false): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = sanitiseDescription(html, { showImages }).html;
  return host;
}

describe('sanitiseDescription', () => {
  it('keeps the documented descriptions readable', () => {
    const host = render(MEE_EVENEMENT_SAMPLE.description);
    expect(host.querySelector('p')?.textContent).toBe('Rencontrez des recruteurs du secteur.');
    expect(host.querySelectorAll('li')).toHaveLength(1);
  });

  it('removes scripts, event handlers, styles and their payloads', () => {
    const host = render(
      '<p onclick="alert(1)" style="color:red" onmouseover="x()">Bonjour<script>alert("xss")</script></p>' +
        '<img src=x onerror="alert(1)"><svg onload="alert(1)"><circle/></svg><style>p{}</style>',
    );
    expect(host.innerHTML).toBe('<p>Bonjour</p>');
  });

  it('removes javascript: and data: links but keeps their text, and opens safe links in a new tab', () => {
    const host = render(
      '<a href="javascript:alert(1)">ici</a> <a href=" JaVaScRiPt:alert(1)">là</a> <a href="data:text/html,x">d</a> ' +
        '<a href="https://www.francetravail.fr/" target="_self" rel="opener">France Travail</a> <a href="mailto:a@b.fr">m</a>',
    );
    const links = [...host.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      null,
      null,
      null,
      'https://www.francetravail.fr/',
      'mailto:a@b.fr',
    ]);
    for (const link of links) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(host.textContent).toContain('ici');
  });

  it('removes forms, inputs, iframes, objects and embeds', () => {
    const host = render(
      '<form action="https://evil.example/"><input name="nir"><button>Envoyer</button></form>' +
        '<iframe src="https://evil.example/"></iframe><object data="x.swf"></object><embed src="x">' +
        '<meta http-equiv="refresh" content="0;url=https://evil.example/"><base href="https://evil.example/">',
    );
    expect(host.querySelector('form, input, button, iframe, object, embed, meta, base')).toBeNull();
  });

  it('holds remote images back and counts them', () => {
    const result = sanitiseDescription(SALON_EN_LIGNE_SAMPLE.description, { showImages: false });
    expect(result.remoteImages).toBe(1);
    expect(result.html).not.toContain('<img');
    expect(result.html).not.toContain('example.org');
  });

  it('shows remote images on request, without referrer, and never data: or relative ones', () => {
    const host = render(
      '<img src="https://example.org/a.png" alt="Affiche" onerror="x()"><img src="data:image/png;base64,AAAA"><img src="/local.png">',
      true,
    );
    const images = host.querySelectorAll('img');
    expect(images).toHaveLength(1);
    expect(images[0]?.getAttribute('src')).toBe('https://example.org/a.png');
    expect(images[0]?.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(images[0]?.getAttribute('onerror')).toBeNull();
  });

  it('drops top-level headings but keeps their text', () => {
    expect(render('<h1>Titre</h1><h3>Sous-titre</h3>').innerHTML).toBe('Titre<h3>Sous-titre</h3>');
  });
});
