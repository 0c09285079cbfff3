import { z } from 'zod/mini';
import { en } from 'zod/locales';

// zod/mini (a fraction of the classic API's size in the service worker, which loads it on every wake-up) names no
// problem by itself, every issue reads "Invalid input": the English messages the classic API set, so the reasons
// parseRequest, a restore and an event refusal give stay readable. Every schema imports z from here.
z.config(en());

export { z };
