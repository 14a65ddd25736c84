import { describe, expect, it } from 'vitest';
import { englishHints, germanHints } from './stop-word-hints';

describe('stop-word hints', () => {
  it('counts whole stop words in either case', () => {
    expect(englishHints('The talks began, and it was late for both of them.')).toBe(6);
    expect(germanHints('Die Gespräche begannen, und es war spät für beide – das ist nicht neu.')).toBe(5);
  });

  it('does not count stop words inside other words or in the other language', () => {
    expect(englishHints('Theorie und Andenken, Ontario, Tonnen')).toBe(0);
    expect(germanHints('Underwood, Diesel, Dasher and Einstein')).toBe(0);
  });
});
