import { describe, expect, it } from 'vitest';
import { memo } from '../../../src/core/memo.js';

describe('memo', () => {
  it('computes once per key (strings by value, objects by identity), undefined results included', () => {
    const calls: unknown[] = [];
    const f = memo((key: unknown) => {
      calls.push(key);
      return typeof key === 'string' ? key.toUpperCase() : undefined;
    });
    const list = ['a'];
    expect([f('x'), f('x'), f(list), f(list), f(['a'])]).toEqual(['X', 'X', undefined, undefined, undefined]);
    expect(calls).toEqual(['x', list, ['a']]);
  });
});
