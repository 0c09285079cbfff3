// @vitest-environment happy-dom
import { describeAdapterConformance } from '../adapter-suite';
import { OUTLOOK_VARIANTS, outlookConformanceHarness } from './outlook-sim-harness';

// The same behaviour on every Outlook page the simulator renders (2024-2025 DOM in French, 2026 DOM in German).
for (const { name, options } of OUTLOOK_VARIANTS) describeAdapterConformance(name, () => outlookConformanceHarness(options));
