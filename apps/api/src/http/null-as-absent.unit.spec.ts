import { describe, expect, it } from 'vitest';
import { withoutNulls } from './null-as-absent.js';

describe('withoutNulls', () => {
  it('leaves out object members that are null, at any depth, and says where they were', () => {
    const { value, nulls } = withoutNulls({ title: 'T', url: null, value: { amount: 60, upperBound: null, qualifier: 'more_than' }, quote: null });
    expect(value).toEqual({ title: 'T', value: { amount: 60, qualifier: 'more_than' } });
    expect([...nulls].sort()).toEqual(['quote', 'url', 'value.upperBound']);
  });

  it('keeps nulls that are elements of an array, and looks into objects inside arrays', () => {
    const { value, nulls } = withoutNulls({ aliases: ['Daesh', null], items: [{ a: null, b: 1 }] });
    expect(value).toEqual({ aliases: ['Daesh', null], items: [{ b: 1 }] });
    expect([...nulls]).toEqual(['items.0.a']);
  });

  it('keeps what is not an object member: false, 0, empty strings, a top-level null', () => {
    expect(withoutNulls({ cumulative: false, tolerance: 0, note: '' }).value).toEqual({ cumulative: false, tolerance: 0, note: '' });
    expect(withoutNulls(null).value).toBeNull();
    expect(withoutNulls(['x', null]).value).toEqual(['x', null]);
  });
});
