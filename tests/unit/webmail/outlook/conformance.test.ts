// @vitest-environment happy-dom
import { describeAdapterConformance } from '../adapter-suite';
import { outlookConformanceHarness } from './outlook-sim-harness';

describeAdapterConformance('outlook', outlookConformanceHarness);
