// @vitest-environment happy-dom
import { describeAdapterConformance } from '../adapter-suite';
import { GMAIL_DOM_VARIANTS, gmailConformanceHarness } from './gmail-sim-harness';

// The same behaviour on every Gmail DOM the simulator renders (the 2018-2025 one and the 2025-11 one).
for (const dom of GMAIL_DOM_VARIANTS) describeAdapterConformance(dom ? `gmail (${dom} DOM)` : 'gmail', () => gmailConformanceHarness(dom));
