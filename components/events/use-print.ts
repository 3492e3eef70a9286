import { useCallback, useEffect, useRef, useState } from 'react';
import type { QrEncoder } from './QrCode';

const loadQr = () => import('uqr').then((module) => module.encode);

/**
 * Printing with QR codes: the QR library is loaded when the agent prints (the print button,
 * or the browser's own print, which starts loading it for the next time), never with the
 * page. The print dialog opens once the codes are drawn.
 */
export function usePrint(): { encode: QrEncoder | null; print: () => void } {
  const [encode, setEncode] = useState<QrEncoder | null>(null);
  const [pending, setPending] = useState(false);
  const loading = useRef<Promise<void> | null>(null);

  const load = useCallback(() => {
    loading.current ??= loadQr()
      .then((loaded) => setEncode(() => loaded))
      .catch(() => {
        // Without the library the sheet still prints each link as text.
        loading.current = null;
      });
    return loading.current;
  }, []);

  useEffect(() => {
    const beforePrint = () => void load();
    window.addEventListener('beforeprint', beforePrint);
    return () => window.removeEventListener('beforeprint', beforePrint);
  }, [load]);

  useEffect(() => {
    if (!pending) return undefined;
    // After the commit that drew the codes: one frame for layout, then the dialog.
    const frame = requestAnimationFrame(() => {
      setPending(false);
      window.print();
    });
    return () => cancelAnimationFrame(frame);
  }, [pending, encode]);

  const print = useCallback(() => {
    void load().then(() => setPending(true));
  }, [load]);

  return { encode, print };
}
