import { describe, expect, it } from 'vitest';
import { EnvelopeError, type EnvelopeHeader, frame, MAGIC, unframe } from './envelope.ts';
import { utf8 } from './text.ts';

const header: EnvelopeHeader = {
  plan: 'plan-1',
  device: '0123456789abcdef',
  write: 'aaaaaaaaaaaaaaaa',
  seq: 3,
  length: 5,
  sha256: 'f'.repeat(64),
};
const expected = { plan: 'plan-1', device: '0123456789abcdef' };
const problem = (bytes: Uint8Array, where = expected) => {
  try {
    unframe(bytes, where);
    return 'read';
  } catch (error) {
    return error instanceof EnvelopeError ? error.problem : String(error);
  }
};

describe('the file frame', () => {
  const framed = frame('plain', header, utf8('hello'));

  it('reads back what it framed', () => {
    const read = unframe(framed, expected);
    expect(read.mode).toBe('plain');
    expect(read.header).toEqual(header);
    expect(new TextDecoder().decode(read.payload)).toBe('hello');
  });

  it('tells a file cut off anywhere from a whole one', () => {
    for (let cut = MAGIC.length; cut < framed.length; cut++) {
      expect(problem(framed.subarray(0, cut)), `cut at ${cut}`).toMatch(/truncated|damaged/);
    }
  });

  it('refuses extra bytes, another magic, a newer version, a damaged header', () => {
    expect(problem(Uint8Array.of(...framed, 0))).toBe('damaged');
    expect(problem(utf8('{"format":"jalon-bundle"}'))).toBe('not-jalon');
    const newer = framed.slice();
    newer[MAGIC.length] = 9;
    expect(problem(newer)).toBe('newer-version');
    const broken = framed.slice();
    broken[MAGIC.length + 6] = 0x7d; // the header's opening brace
    expect(problem(broken)).toBe('damaged');
  });

  it('refuses a file moved to another device or plan name', () => {
    expect(problem(framed, { plan: 'plan-1', device: 'ffffffffffffffff' })).toBe('misplaced');
    expect(problem(framed, { plan: 'plan-2', device: '0123456789abcdef' })).toBe('misplaced');
  });
});
