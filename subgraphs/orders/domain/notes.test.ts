import { isConflictingReplay, MAX_NOTE_LENGTH, noteId, validateNote } from './notes';

describe('validateNote', () => {
  it.each([
    ['  Customer called about delivery  ', 'Customer called about delivery'],
    ['line one\nline two', 'line one\nline two'],
    ['bell\u0007 removed', 'bell removed'],
    ['x'.repeat(MAX_NOTE_LENGTH), 'x'.repeat(MAX_NOTE_LENGTH)],
  ])('accepts %j', (raw, text) => expect(validateNote(raw)).toEqual({ ok: true, text }));

  it.each(['', '   ', '\u0001\u0002', 'x'.repeat(MAX_NOTE_LENGTH + 1)])('rejects %j', (raw) => {
    expect(validateNote(raw).ok).toBe(false);
  });

  it('derives a stable id per (order, key)', () => {
    expect(noteId('ord_1', 'k')).toBe(noteId('ord_1', 'k'));
    expect(noteId('ord_1', 'k')).not.toBe(noteId('ord_2', 'k'));
  });
});

describe('isConflictingReplay', () => {
  it.each<[{ text: string } | undefined, string, boolean]>([
    [undefined, 'hello', false],
    [{ text: 'hello' }, 'hello', false],
    [{ text: 'hello' }, 'hello again', true],
    [{ text: 'hello' }, 'Hello', true],
  ])('existing %j, retried %j → conflict %s', (existing, text, conflict) => {
    expect(isConflictingReplay(existing, { text })).toBe(conflict);
  });
});
