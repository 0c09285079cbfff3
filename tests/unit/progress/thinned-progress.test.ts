import { describe, expect, it } from 'vitest';
import { thinnedProgress, type ProgressStep } from '../../../utils/progress/progress-report';

describe('progress reports', () => {
  it('forward each step’s first and last counts and about every 2 % between', () => {
    const heard: Array<[ProgressStep, number]> = [];
    const report = thinnedProgress((step, done) => void heard.push([step, done]));
    for (let done = 1; done <= 1_000; done++) report('checking', done, 1_000);
    for (let done = 1; done <= 10; done++) report('writing', done, 10);
    const checking = heard.filter(([step]) => step === 'checking').map(([, done]) => done);
    expect(checking[0]).toBe(1);
    expect(checking.at(-1)).toBe(1_000);
    expect(checking.length).toBeGreaterThan(40);
    expect(checking.length).toBeLessThan(60);
    // A small task is reported record by record: each is more than 2 % of it.
    expect(heard.filter(([step]) => step === 'writing').map(([, done]) => done)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
