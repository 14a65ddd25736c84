import { describe, expect, it } from 'vitest';
import { actsBehindOverlay, commandForChord, KEY_BINDINGS, type KeyChord } from './keymap';

const chord = (key: string, mods: Partial<KeyChord> = {}): KeyChord => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});

describe('commandForChord', () => {
  it('maps the Meld/WinMerge change keys and their letter twins', () => {
    expect(commandForChord(chord('ArrowDown', { altKey: true }), false)).toBe('next-change');
    expect(commandForChord(chord('ArrowUp', { altKey: true }), false)).toBe('previous-change');
    expect(commandForChord(chord('F8'), false)).toBe('next-change');
    expect(commandForChord(chord('F7'), false)).toBe('previous-change');
    expect(commandForChord(chord('n'), false)).toBe('next-change');
    expect(commandForChord(chord('P', { shiftKey: true }), false)).toBe('previous-change');
    expect(commandForChord(chord('Home', { altKey: true }), false)).toBe('first-change');
    expect(commandForChord(chord('End', { altKey: true }), false)).toBe('last-change');
  });

  it('maps pairs, sides, folds, views and focus', () => {
    expect(commandForChord(chord(']'), false)).toBe('next-pair');
    expect(commandForChord(chord('['), false)).toBe('previous-pair');
    expect(commandForChord(chord('s'), false)).toBe('swap-sides');
    expect(commandForChord(chord('c'), false)).toBe('toggle-cosmetic');
    expect(commandForChord(chord('i'), false)).toBe('toggle-inline');
    expect(commandForChord(chord('m'), false)).toBe('moved-copy');
    expect(commandForChord(chord('?', { shiftKey: true }), false)).toBe('toggle-help');
    expect(commandForChord(chord('1', { ctrlKey: true }), false)).toBe('focus-sidebar');
    expect(commandForChord(chord('f', { ctrlKey: true }), true)).toBe('focus-filter');
    expect(commandForChord(chord('o', { metaKey: true }), false)).toBe('open-folder');
    expect(commandForChord(chord(',', { ctrlKey: true }), false)).toBe('open-options');
    expect(commandForChord(chord('s', { ctrlKey: true }), true)).toBe('save-report');
    expect(commandForChord(chord('S', { ctrlKey: true, shiftKey: true }), true)).toBe('save-ranking-report');
  });

  it('leaves letters to text fields but still honours Escape and function keys there', () => {
    expect(commandForChord(chord('n'), true)).toBeNull();
    expect(commandForChord(chord('s'), true)).toBeNull();
    expect(commandForChord(chord('Escape'), true)).toBe('close-overlay');
    expect(commandForChord(chord('F8'), true)).toBe('next-change');
  });

  it('leaves Alt+↓ and Alt+↑ to a focused picker, which they open', () => {
    expect(commandForChord(chord('ArrowDown', { altKey: true }), true, true)).toBeNull();
    expect(commandForChord(chord('ArrowUp', { altKey: true }), true, true)).toBeNull();
    expect(commandForChord(chord('Home', { altKey: true }), true, true)).toBe('first-change');
  });

  it('ignores chords it does not know', () => {
    expect(commandForChord(chord('x'), false)).toBeNull();
    expect(commandForChord(chord('n', { ctrlKey: true }), false)).toBeNull();
  });
});

describe('actsBehindOverlay', () => {
  it('lets only the commands that close help or a dialog act while one is open', () => {
    const acting = KEY_BINDINGS.map((b) => b.command).filter(actsBehindOverlay);
    expect(acting).toEqual(['toggle-help', 'close-overlay']);
  });
});
