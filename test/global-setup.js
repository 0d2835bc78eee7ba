// Jest globalSetup: compile once (tsconfig.build.json -> dist/, emit only: `npm run typecheck` checks types) so tests that spawn compiled
// processes run against fresh code. Set SKIP_BUILD=1 to reuse the existing dist/.
const { execFileSync } = require('node:child_process');
const path = require('node:path');

module.exports = function globalSetup() {
  if (process.env.SKIP_BUILD === '1') return;
  const root = path.resolve(__dirname, '..');
  const tsc = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'tsc.cmd' : 'tsc');
  execFileSync(tsc, ['-p', 'tsconfig.build.json', '--noCheck'], { cwd: root, stdio: 'inherit' });
};
