import { useEffect, useRef } from 'react';

/**
 * Moves focus to the main region when the view changes (not on first paint), so keyboard
 * and screen-reader users land at the start of the new content.
 */
export function useViewFocus(view: string): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('contenu')?.focus();
  }, [view]);
}
