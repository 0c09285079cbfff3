// @vitest-environment happy-dom
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { memo } from '../../../components/common/memo';

describe('memo: a sidebar part renders again only when a prop changed', () => {
  it('skips a parent render with the same props, renders on a changed prop, and keeps its own state updates', () => {
    const renders: string[] = [];
    let bump: () => void = () => undefined;
    const Part = memo(function Part({ label, items }: { label: string; items: string[] }) {
      const [clicks, setClicks] = useState(0);
      bump = () => setClicks((n) => n + 1);
      renders.push(`${label}:${clicks}`);
      return (
        <p>
          {label} {items.length} {clicks}
        </p>
      );
    });
    const root = document.createElement('div');
    const items = ['a'];
    render(<Part label="x" items={items} />, root);
    render(<Part label="x" items={items} />, root);
    expect(renders).toEqual(['x:0']);
    render(<Part label="x" items={['a']} />, root);
    expect(renders).toEqual(['x:0', 'x:0']);
    render(<Part label="y" items={items} />, root);
    expect(root.textContent).toBe('y 1 0');
    act(() => bump());
    expect(root.textContent).toBe('y 1 1');
    expect(renders).toEqual(['x:0', 'x:0', 'y:0', 'y:1']);
  });

  it('a prop removed is a change', () => {
    let count = 0;
    const Part = memo(function Part(props: { a?: number }) {
      count++;
      return <span>{props.a ?? '-'}</span>;
    });
    const root = document.createElement('div');
    render(<Part a={1} />, root);
    render(<Part />, root);
    expect(root.textContent).toBe('-');
    expect(count).toBe(2);
  });
});
