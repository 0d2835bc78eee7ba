import type { ExecutionResult } from 'graphql';

const TEXT = Symbol('serialised JSON text');

/** The JSON text carried by a message made by `Serialised.numbered` (undefined for any other value). */
export function textOf(value: object): string | undefined {
  const text = (value as { [TEXT]?: () => string })[TEXT];
  return text?.();
}

/**
 * One group message, turned into JSON once for all of its subscribers. A subscription's message has
 * one root field (GraphQL allows one per subscription); when its payload has a numeric `sequence`,
 * each subscriber's copy carries its own number, so the text is kept as the parts around that number
 * (`sequence` written first in the payload object: member order means nothing in JSON).
 */
export class Serialised {
  private readonly head: string;
  private readonly tail: string | null;
  /** The root field whose payload carries `sequence` (when `tail` is set). */
  private readonly rootKey: string = '';
  /** The message itself, with its text, when it has no `sequence` to number. */
  private readonly whole: ExecutionResult | null = null;

  constructor(readonly result: ExecutionResult) {
    const data = result.data;
    const keys = data ? Object.keys(data) : [];
    const root = keys.length === 1 ? (data![keys[0]!] as Record<string, unknown> | null) : null;
    if (!root || typeof root !== 'object' || typeof root.sequence !== 'number') {
      this.head = JSON.stringify(result);
      this.tail = null;
      this.whole = withText({ ...result }, () => this.head);
      return;
    }
    this.rootKey = keys[0]!;
    const { sequence: _sequence, ...rest } = root;
    const restJson = JSON.stringify(rest); // "{...}"
    const others: string[] = [];
    for (const [key, value] of Object.entries(result)) {
      if (key !== 'data' && value !== undefined) others.push(`,${JSON.stringify(key)}:${JSON.stringify(value)}`);
    }
    this.head = `{"data":{${JSON.stringify(this.rootKey)}:{"sequence":`;
    this.tail = `${restJson === '{}' ? '}' : `,${restJson.slice(1)}`}}${others.join('')}}`;
  }

  /** The message as one subscriber sees it (its root payload's `sequence` set to its own count), with its text. */
  numbered(sequence: number): ExecutionResult {
    if (this.whole) return this.whole; // nothing per subscriber: the same message for all
    const key = this.rootKey;
    const copy: ExecutionResult = {
      ...this.result,
      data: { [key]: { ...(this.result.data![key] as object), sequence } },
    };
    return withText(copy, () => this.text(sequence));
  }

  /** Only the JSON text of `numbered(sequence)`. */
  text(sequence: number): string {
    return this.tail === null ? this.head : `${this.head}${sequence}${this.tail}`;
  }
}

function withText(result: ExecutionResult, text: () => string): ExecutionResult {
  Object.defineProperty(result, TEXT, { value: text, enumerable: false });
  return result;
}
