import { processEnv } from './config';

/**
 * Imported first by each server entry point (`gateway/main.ts`, `subgraphs/main.ts`), before any
 * library loads. graphql-js, Apollo Server and Apollo Gateway read `NODE_ENV` once, when they load,
 * and unless it is "production" they run development checks on every request: graphql-js's
 * cross-realm `instanceOf` check on every type test of every field, Apollo Gateway's query plans
 * shown to any client that asks by header. Left at this app's default ("development") that made
 * the gateway 1.13–1.39× slower. So the libraries always see "production"; this app's own mode
 * (secrets required, demo data, introspection, Apollo Server's landing page) stays what
 * `NODE_ENV` said, kept as `APP_NODE_ENV` for `loadConfig` (a child process inherits both).
 */
const env = processEnv();
if (env.APP_NODE_ENV === undefined) env.APP_NODE_ENV = env.NODE_ENV ?? 'development';
env.NODE_ENV = 'production';
