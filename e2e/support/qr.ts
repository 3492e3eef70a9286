import jsQR from 'jsqr';

interface RawImage {
  data: number[];
  width: number;
  height: number;
}

/** Runs the decoding function in a page (Playwright's or Puppeteer's `page.evaluate`). */
type Evaluate = (fn: (base64: string) => Promise<RawImage>, base64: string) => Promise<RawImage>;

/**
 * Decodes the QR code in a screenshot (PNG) with jsQR: the browser decodes the PNG into
 * pixels (a canvas in the page), jsQR reads them here. Answers the text, or null.
 */
export async function decodeQrScreenshot(evaluate: Evaluate, png: Buffer): Promise<string | null> {
  const image = await evaluate(async (base64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${base64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas in this page.');
    context.drawImage(img, 0, 0);
    const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
    return { data: Array.from(data), width, height };
  }, png.toString('base64'));
  return jsQR(Uint8ClampedArray.from(image.data), image.width, image.height)?.data ?? null;
}

/** The mailto: URL's subject and body, as a mail client reads them (RFC 6068). */
export function readMailto(url: string): { subject: string; body: string } {
  if (!url.startsWith('mailto:')) throw new Error(`Expected a mailto: URL, got ${url.slice(0, 40)}`);
  const query = new URLSearchParams(url.slice(url.indexOf('?') + 1));
  return { subject: query.get('subject') ?? '', body: query.get('body') ?? '' };
}
