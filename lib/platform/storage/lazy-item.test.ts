import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { lazyItem } from './lazy-item';

describe('lazyItem', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('reads nothing until first used', async () => {
    let defined = 0;
    const item = lazyItem(() => {
      defined += 1;
      return storage.defineItem<number>('local:lazyCount', { fallback: 0 });
    });
    expect(defined).toBe(0);
    await item.setValue(3);
    expect(defined).toBe(1);
  });

  it('behaves as the item it wraps: value, key, fallback, storage and watch', async () => {
    const item = lazyItem(() => storage.defineItem<string[]>('local:lazyList', { fallback: [], version: 1 }));
    expect(item.key).toBe('local:lazyList');
    await expect(item.getValue()).resolves.toEqual([]);
    const seen: string[][] = [];
    const unwatch = item.watch((value) => seen.push(value));
    await item.setValue(['a']);
    await expect(fakeBrowser.storage.local.get('lazyList')).resolves.toEqual({ lazyList: ['a'] });
    await expect(item.getValue()).resolves.toEqual(['a']);
    expect(seen).toEqual([['a']]);
    unwatch();
  });
});
