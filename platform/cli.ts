import { ConfigError, loadConfig, type Config, type Env } from './config';

/** For entry points: the config, or the list of problems on stderr and exit code 2. */
export function loadConfigOrExit(env: Env): Config {
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
