import { render, screen } from '@testing-library/react';

import { StatusLine } from './status-line';

describe('StatusLine', () => {
  it('says a change that worked politely, in its own class', () => {
    render(<StatusLine status={{ tone: 'success', text: 'Saved.' }} className="link-status" />);
    expect(screen.getByRole('status')).toHaveTextContent('Saved.');
    expect(screen.getByRole('status')).toHaveClass('link-status');
  });

  it('says what went wrong at once, as an error', () => {
    render(
      <StatusLine status={{ tone: 'error', text: 'The disk is full.' }} className="link-status" />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The disk is full.');
    expect(screen.getByRole('alert')).toHaveClass('field-error');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('says nothing while there is nothing to say', () => {
    const { container } = render(<StatusLine status={null} className="link-status" />);
    expect(container).toBeEmptyDOMElement();
  });
});
