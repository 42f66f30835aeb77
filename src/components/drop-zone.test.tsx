import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { DropZone, type DropZoneProps } from './drop-zone';

const INVITE = {
  picture: '📦',
  title: 'Nothing here yet',
  text: 'Bring one in.',
  choose: 'Choose',
};
const DROP = { idle: 'Drop it here', active: 'Let go' };

function renderZone(props: Partial<DropZoneProps>) {
  const onDrop = vi.fn();
  render(
    <DropZone
      accept=".zip"
      multiple={false}
      onDrop={onDrop}
      inputProps={{ 'aria-label': 'A file' }}
      hint="Nothing leaves the device."
      {...props}
    />,
  );
  return { onDrop, user: userEvent.setup() };
}

describe('the drop zone', () => {
  it('invites with a picture and a button, and says where to drop, then the hint', () => {
    renderZone({ invite: INVITE, dropText: DROP });
    expect(screen.getByRole('heading', { level: 3, name: 'Nothing here yet' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Choose' })).toBeVisible();
    expect(screen.getByText('Drop it here')).toHaveClass('drop-zone-text');
    expect(screen.getByText('Nothing leaves the device.')).toHaveClass('field-hint');
    expect(screen.getByLabelText('A file')).toHaveAttribute('accept', '.zip');
  });

  it('leaves out what it is not given, and hands its children the picker', () => {
    const opened = vi.fn();
    renderZone({
      children: (open) => (
        <button
          type="button"
          onClick={() => {
            opened(typeof open);
          }}
        >
          More
        </button>
      ),
    });
    expect(screen.queryByRole('heading')).toBeNull();
    expect(document.querySelector('.drop-zone-text')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'More' }));
    expect(opened).toHaveBeenCalledWith('function');
  });

  it('hands over the chosen files and shows a file held over it', async () => {
    const { onDrop, user } = renderZone({ dropText: DROP });
    const file = new File(['x'], 'pack.zip', { type: 'application/zip' });
    await user.upload(screen.getByLabelText('A file'), file);
    expect(onDrop).toHaveBeenCalledTimes(1);
    expect(onDrop.mock.calls[0]?.[0]).toEqual([file]);

    const zone = screen.getByText('Drop it here').closest('div');
    if (!zone) throw new Error('no zone');
    expect(zone).toHaveClass('drop-zone');
    await act(async () => {
      fireEvent.dragEnter(zone, {
        dataTransfer: {
          files: [file],
          items: [{ kind: 'file', type: file.type }],
          types: ['Files'],
        },
      });
      await Promise.resolve();
    });
    expect(await screen.findByText('Let go')).toBeVisible();
    expect(zone).toHaveClass('drop-zone', 'is-active');
  });
});
