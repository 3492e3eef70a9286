import { useEffect, useState } from 'react';
import type { WxtStorageItem } from 'wxt/utils/storage';

/**
 * The value of a storage item, kept current with `.watch`. `undefined` while the first
 * read is under way, so a view can tell "not read yet" from "nothing stored".
 */
export function useStorageItem<T>(item: WxtStorageItem<T, Record<string, unknown>>): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let active = true;
    let changed = false;
    void item.getValue().then((stored) => {
      // A change seen meanwhile is newer than this first read.
      if (active && !changed) setValue(stored);
    });
    const unwatch = item.watch((next) => {
      changed = true;
      if (active) setValue(next);
    });
    return () => {
      active = false;
      unwatch();
    };
  }, [item]);
  return value;
}
