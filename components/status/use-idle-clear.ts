import { useEffect, useRef } from 'react';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'focusin', 'wheel', 'input'] as const;

/**
 * Calls `onIdle` after `minutes` without interaction in the panel while `active`, and
 * when the page is hidden for good (`pagehide`: the panel closes). Any interaction
 * restarts the countdown.
 */
export function useIdleClear(
  active: boolean,
  minutes: number,
  onIdle: () => void,
  onClose: () => void,
): void {
  const onIdleRef = useRef(onIdle);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onIdleRef.current = onIdle;
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    if (!active) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const restart = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => onIdleRef.current(), minutes * 60_000);
    };
    const close = () => onCloseRef.current();
    restart();
    for (const type of ACTIVITY_EVENTS) document.addEventListener(type, restart, true);
    window.addEventListener('pagehide', close);
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      for (const type of ACTIVITY_EVENTS) document.removeEventListener(type, restart, true);
      window.removeEventListener('pagehide', close);
    };
  }, [active, minutes]);
}
