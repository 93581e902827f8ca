import { describe, expect, it } from 'vitest';
import en from './en.json';
import es from './es.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keys(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe('translations', () => {
  it('Spanish has exactly the English keys', () => {
    expect(keys(es).sort()).toEqual(keys(en).sort());
  });

  it('keeps the same interpolation variables in both languages', () => {
    const variables = (text: string) =>
      [...text.matchAll(/{{(\w+)}}|<(\w+)>/g)].map((m) => m[0]).sort();
    const lookup = (tree: unknown, path: string) =>
      path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], tree);
    for (const key of keys(en)) {
      expect(variables(String(lookup(es, key))), key).toEqual(variables(String(lookup(en, key))));
    }
  });
});
