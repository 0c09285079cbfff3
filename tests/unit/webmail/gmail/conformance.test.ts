// @vitest-environment happy-dom
import { describeAdapterConformance } from '../adapter-suite';
import { gmailConformanceHarness } from './gmail-sim-harness';

describeAdapterConformance('gmail', gmailConformanceHarness);
