import { ConfigError, loadConfig, processEnv, type Config, type Env } from './config';

/** For entry points: the config from the process environment, or its problems on stderr and exit code 2. */
export function loadConfigOrExit(env: Env = processEnv()): Config {
  try {
    return loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
}
