import type { WxtStorageItem } from 'wxt/utils/storage';

/**
 * A storage item defined on first use. WXT's `defineItem` reads the item's value as soon as
 * it is defined, so every page importing the catalogue read the whole events cache (3–12 MB)
 * at load: the popup, which needs only the digest, waited ~400 ms for it (measured by bench/).
 */
export function lazyItem<T, M extends Record<string, unknown>>(
  define: () => WxtStorageItem<T, M>,
): WxtStorageItem<T, M> {
  let item: WxtStorageItem<T, M> | undefined;
  // WXT's item methods are closures that never use `this`: forwarding each property is enough.
  return new Proxy({} as WxtStorageItem<T, M>, {
    get: (_target, property) => Reflect.get((item ??= define()), property),
  });
}
