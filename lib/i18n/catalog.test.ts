import { describe, expect, it } from 'vitest';
import { catalogs } from './catalog';

type Tree = { [key: string]: unknown };

function leaves(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? leaves(value as Tree, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value] as [string, unknown]],
  );
}

describe('the UI string catalogue', () => {
  const fr = leaves(catalogs.fr);
  const en = leaves(catalogs.en);

  it('has the same keys in English as in French', () => {
    expect(en.map(([key]) => key).sort()).toEqual(fr.map(([key]) => key).sort());
  });

  it('has no empty string in either language', () => {
    const empty = [...fr, ...en].filter(([, value]) => value === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('gives each function the same number of parameters in both languages', () => {
    const arity = new Map(en.map(([key, value]) => [key, typeof value === 'function' ? value.length : -1]));
    const mismatched = fr
      .filter(([key, value]) => (typeof value === 'function' ? value.length : -1) !== arity.get(key))
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });
});
