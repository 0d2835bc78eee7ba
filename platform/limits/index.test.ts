import { tokenLimit, tokensExceed } from '.';

describe('tokenLimit', () => {
  const limits = { maxTokens: 10, maxDepth: 10, maxAliases: 30, maxDirectives: 20, maxCost: 5000 };

  it('refuses a text over the limit every time, and lets one within it through every time', () => {
    const check = tokenLimit(limits);
    const over = `{ ${'a '.repeat(12)}}`;
    const within = '{ a b c }';
    for (let i = 0; i < 3; i++) {
      expect(check(within)).toBeNull();
      expect(check(over)).toEqual({
        message: 'operation has more than 10 tokens',
        extensions: { code: 'LIMIT_EXCEEDED', limit: 'maxTokens' },
      });
    }
  });

  it('answers like the lexer for texts it has and has not seen, short and long', () => {
    const check = tokenLimit({ ...limits, maxTokens: 3000 });
    const texts = [
      `{ ${'a '.repeat(2998)}}`,
      `{ ${'a '.repeat(2999)}}`,
      `{ a(s: "${'x'.repeat(50_000)}") }`,
      `{ ${'a '.repeat(5_000)}}`,
      '{ a(s: "unterminated) }',
    ];
    for (const text of [...texts, ...texts, ...texts.map((t) => ` ${t}`)]) {
      expect(check(text) === null).toBe(!tokensExceed(text, 3000));
    }
  });
});
