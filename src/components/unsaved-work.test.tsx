import { render } from '@testing-library/react';

import { hasUnsavedWork, holdUnsavedWork, useUnsavedWork } from './unsaved-work';

function Form({ dirty }: { dirty: boolean }) {
  useUnsavedWork(dirty);
  return null;
}

describe('unsaved work', () => {
  it('is held until every holder lets go', () => {
    expect(hasUnsavedWork()).toBe(false);
    const a = holdUnsavedWork();
    const b = holdUnsavedWork();
    a();
    expect(hasUnsavedWork()).toBe(true);
    a(); // letting go twice changes nothing
    expect(hasUnsavedWork()).toBe(true);
    b();
    expect(hasUnsavedWork()).toBe(false);
  });

  it('follows a form while it is shown and has changes', () => {
    const { rerender, unmount } = render(<Form dirty={false} />);
    expect(hasUnsavedWork()).toBe(false);
    rerender(<Form dirty />);
    expect(hasUnsavedWork()).toBe(true);
    rerender(<Form dirty={false} />);
    expect(hasUnsavedWork()).toBe(false);
    rerender(<Form dirty />);
    unmount();
    expect(hasUnsavedWork()).toBe(false);
  });
});
