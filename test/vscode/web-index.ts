/** Entry point for @vscode/test-web: runs the suite with Mocha's browser build inside the web extension host (a web worker). */
import 'mocha/mocha';
import { register } from './suite/extension.itest.js';

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    mocha.setup({ ui: 'bdd', reporter: undefined, timeout: 30000 });
    register();
    try {
      mocha.run((failures) => (failures ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
    } catch (e) {
      reject(e);
    }
  });
}
