/**
 * A service interface a test does not exercise: every operation rejects, so a call the test did
 * not expect fails it instead of passing silently.
 */
export function unusedService<T extends object>(name: string): T {
  return new Proxy({} as T, {
    get: (_, operation) => () => Promise.reject(new Error(`${name}.${String(operation)} is not part of this test`)),
  });
}
