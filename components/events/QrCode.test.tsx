import { render } from '@testing-library/react';
import jsQR from 'jsqr';
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { QrCode } from './QrCode';

/** Rasterises the drawn SVG (one path of 1×1 modules) at `scale` pixels a module, as RGBA. */
function rasterise(svg: SVGSVGElement, scale = 4) {
  const size = Number(svg.getAttribute('viewBox')?.split(' ')[2]);
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  const d = svg.querySelector('path')?.getAttribute('d') ?? '';
  for (const [, x, y] of d.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    for (let dy = 0; dy < scale; dy++) {
      for (let dx = 0; dx < scale; dx++) {
        const at = ((Number(y) * scale + dy) * width + Number(x) * scale + dx) * 4;
        pixels.fill(0, at, at + 3);
      }
    }
  }
  return { pixels, width };
}

describe('QrCode', () => {
  it.each([
    'https://mesevenementsemploi.francetravail.fr/mes-evenements-emploi/evenement/123456',
    'https://salonenligne.francetravail.fr/candidat/?salonId=640&utm=é',
  ])('draws a code that a reader decodes back to %s', (url) => {
    const { container } = render(<QrCode encode={encode} text={url} label="Code QR : page d’inscription" />);
    const svg = container.querySelector('svg');
    if (!svg) throw new Error('no svg');
    expect(svg).toHaveAccessibleName('Code QR : page d’inscription');
    const { pixels, width } = rasterise(svg);
    expect(jsQR(pixels, width, width)?.data).toBe(url);
  });
});
