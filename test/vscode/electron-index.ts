/** Entry point for @vscode/test-electron: runs the suite with Mocha inside the desktop extension host. */
import Mocha from 'mocha';
import { register } from './suite/extension.itest.js';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: true, timeout: 30000 });
  // Define describe/it on the global object, as Mocha does when it loads a spec file.
  mocha.suite.emit('pre-require', globalThis, 'speclint-vscode-suite', mocha);
  register();
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}
