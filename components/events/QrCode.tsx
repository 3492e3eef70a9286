import type { encode as EncodeQr } from 'uqr';

export type QrEncoder = typeof EncodeQr;

/**
 * A QR code of a URL as an SVG (crisp on paper at any size): one path of dark modules over
 * a white square with the standard quiet zone. `encode` comes from the QR library, loaded
 * only when printing (use-print.ts).
 */
export function QrCode({ encode, text, label }: { encode: QrEncoder; text: string; label: string }) {
  const { data, size } = encode(text, { ecc: 'M', border: 4 });
  let path = '';
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    });
  });
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
      data-qr-text={text}
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
