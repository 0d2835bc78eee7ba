export const MAX_NOTE_LENGTH = 2000;

export type NoteCheck = { ok: true; text: string } | { ok: false; message: string };

/** Notes are trimmed, 1..2000 characters, with control characters (other than newlines) removed. */
export function validateNote(raw: string): NoteCheck {
  // eslint-disable-next-line no-control-regex
  const text = raw.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '').trim();
  if (text.length === 0) return { ok: false, message: 'note text must not be empty' };
  if (text.length > MAX_NOTE_LENGTH)
    return { ok: false, message: `note text must be at most ${MAX_NOTE_LENGTH} characters` };
  return { ok: true, text };
}

/** Note id derived from the idempotency key, so a retried request maps onto the same note. */
export function noteId(orderId: string, idempotencyKey: string): string {
  return `${orderId}:${idempotencyKey}`;
}

/**
 * A retried note (same id, so same order and key) is the same request only if its text is the
 * same; the same key with another text is a conflict, never a silent overwrite.
 */
export function isConflictingReplay(existing: { text: string } | undefined, note: { text: string }): boolean {
  return existing !== undefined && existing.text !== note.text;
}
