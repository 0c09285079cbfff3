import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { replyPart } from '../utils/background/reply-part-contents';
import { REPLY_PART } from '../utils/background/reply-part';
import { exposeWorkerPart } from '../utils/background/worker-part';

// Chrome's service worker runs this with importScripts() when a reply is first to be read (utils/background/worker-part.ts).
export default defineUnlistedScript({
  include: ['chrome'],
  main: () => exposeWorkerPart(REPLY_PART, replyPart),
});
