/** The parsers `loadConfig` reads each variable with: each reports a problem and returns its fallback. */
export type Env = Record<string, string | undefined>;

export function int(env: Env, key: string, fallback: number, problems: string[], min = 0, max = 65535 * 1000): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    problems.push(`${key} must be an integer in [${min}, ${max}], got "${raw}"`);
    return fallback;
  }
  return n;
}

export function oneOf<T extends string>(
  env: Env,
  key: string,
  allowed: readonly T[],
  fallback: T,
  problems: string[],
): T {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    problems.push(`${key} must be one of ${allowed.join(', ')}, got "${raw}"`);
    return fallback;
  }
  return raw as T;
}

export function bool(env: Env, key: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'yes'].includes(raw)) return true;
  if (['false', '0', 'no'].includes(raw)) return false;
  problems.push(`${key} must be true or false, got "${raw}"`);
  return fallback;
}

export function url(env: Env, key: string, fallback: string, problems: string[]): string {
  const raw = env[key] || fallback;
  try {
    const u = new URL(raw);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('protocol');
  } catch {
    problems.push(`${key} must be an http(s) URL, got "${raw}"`);
  }
  return raw;
}
