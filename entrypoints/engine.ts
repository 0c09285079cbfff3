import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { prepareEngine, startEngine } from '../utils/background/engine';

// The background's engine, a script of its own: the worker imports it when an event needs it (engine-loader.ts).
export default defineUnlistedScript(() => {
  globalThis.relanceEngine = { start: startEngine, prepare: prepareEngine };
});
