import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { rarePart } from '../utils/background/handlers/rare';
import { RARE_PART } from '../utils/background/handlers/rare-part';
import { exposeWorkerPart } from '../utils/background/worker-part';

// Chrome's service worker runs this with importScripts() when a rare request first comes (utils/background/worker-part.ts).
export default defineUnlistedScript({
  include: ['chrome'],
  main: () => exposeWorkerPart(RARE_PART, rarePart),
});
