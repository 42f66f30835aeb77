import { fireEvent, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';

import { createI18n } from '@/i18n';

import { DrawingDialog, type SavedDrawing } from './drawing-canvas-dialog';

/** jsdom draws nothing: a 2D context that only counts the lines, and a canvas that makes a "PNG". */
function fakeCanvas() {
  const lines = { count: 0 };
  const ctx = {
    setTransform: vi.fn(),
    fillRect: vi.fn(),
    beginPath: vi.fn(),
    moveTo: vi.fn(),
    lineTo: vi.fn(),
    stroke: () => {
      lines.count += 1;
    },
    arc: vi.fn(),
    fill: vi.fn(),
  };
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(
    ctx as unknown as CanvasRenderingContext2D,
  );
  vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation((done) => {
    done(new Blob(['png'], { type: 'image/png' }));
  });
  Object.assign(HTMLElement.prototype, { setPointerCapture: vi.fn() });
  return lines;
}

function renderDialog(
  onSave: (d: SavedDrawing) => Promise<string | null> = () => Promise.resolve(null),
  prompt: 'home' | null = 'home',
) {
  const onClose = vi.fn();
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <DrawingDialog onSave={onSave} onClose={onClose} {...(prompt ? { prompt } : {})} />
    </I18nextProvider>,
  );
  return { onClose };
}

function drawLine() {
  const paper = screen.getByRole('img', { name: /drawing paper/i });
  fireEvent.pointerDown(paper, { pointerId: 1, pointerType: 'mouse', button: 0, clientX: 5 });
  fireEvent.pointerMove(paper, { pointerId: 1, pointerType: 'mouse', clientX: 20, clientY: 9 });
  fireEvent.pointerUp(paper, { pointerId: 1, pointerType: 'mouse', clientX: 20, clientY: 9 });
}

const button = (name: string | RegExp) => screen.getByRole('button', { name });

describe('the drawing paper', () => {
  beforeEach(() => {
    fakeCanvas();
  });

  it('has its tools as named radio groups, moved through with the arrow keys', async () => {
    renderDialog();
    const colours = screen.getByRole('group', { name: 'Colour' });
    const names = Array.from(colours.querySelectorAll('input')).map(
      (i) => i.labels?.[0]?.textContent,
    );
    expect(names).toEqual([
      'Black',
      'Red',
      'Orange',
      'Yellow',
      'Green',
      'Light blue',
      'Blue',
      'Purple',
      'Pink',
      'Brown',
    ]);
    expect(screen.getByRole('radio', { name: 'Black' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'Black' }));
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'Red' })).toBeChecked();
    expect(screen.getByRole('group', { name: 'Tool' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Brush' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'Eraser' }));
    expect(screen.getByRole('radio', { name: 'Eraser' })).toBeChecked();
    // Choosing a colour after the eraser draws with it again.
    await userEvent.click(screen.getByRole('radio', { name: 'Green' }));
    expect(screen.getByRole('radio', { name: 'Brush' })).toBeChecked();
    expect(screen.getByRole('group', { name: 'Thickness' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'Thick' }));
    expect(screen.getByRole('radio', { name: 'Thick' })).toBeChecked();
  });

  it('enables undo once something is drawn, and redo once something is undone', async () => {
    renderDialog();
    expect(button('Undo')).toBeDisabled();
    expect(button('Redo')).toBeDisabled();
    drawLine();
    expect(button('Undo')).toBeEnabled();
    expect(button('Redo')).toBeDisabled();
    await userEvent.click(button('Undo'));
    expect(button('Undo')).toBeDisabled();
    expect(button('Redo')).toBeEnabled();
    // The focus does not fall out of the tools with the button that was just disabled.
    expect(button('Redo')).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(button('Undo')).toBeEnabled();
    expect(button('Redo')).toBeDisabled();
    expect(button('Undo')).toHaveFocus();
  });

  it('asks before clearing the paper, and undo brings a cleared drawing back', async () => {
    renderDialog();
    expect(button('Clear the paper')).toBeDisabled();
    drawLine();
    await userEvent.click(button('Clear the paper'));
    expect(screen.getByRole('group', { name: 'Do you want to rub out the whole drawing?' }));
    expect(button('No, keep it')).toHaveFocus();
    await userEvent.click(button('No, keep it'));
    expect(button('Clear the paper')).toBeEnabled();
    expect(button('Clear the paper')).toHaveFocus();

    await userEvent.click(button('Clear the paper'));
    await userEvent.click(button('Yes, clear the paper'));
    expect(button('Clear the paper')).toBeDisabled();
    expect(button('Undo')).toHaveFocus();
    await userEvent.click(button('Undo'));
    expect(button('Clear the paper')).toBeEnabled();
  });

  it('will not save an empty paper', async () => {
    const onSave = vi.fn(() => Promise.resolve(null));
    renderDialog(onSave);
    await userEvent.click(button('Save the drawing'));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The paper is empty. Draw something first.',
    );
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves a PNG with the prompt as its title, then closes', async () => {
    const onSave = vi.fn<(d: SavedDrawing) => Promise<string | null>>(() => Promise.resolve(null));
    const { onClose } = renderDialog(onSave);
    drawLine();
    await userEvent.click(button('Save the drawing'));
    expect(onSave).toHaveBeenCalledTimes(1);
    const saved = onSave.mock.calls[0]?.[0];
    expect(saved?.title).toBe('My home');
    expect(saved?.prompt).toBe('home');
    expect(saved?.png.type).toBe('image/png');
    expect(onClose).toHaveBeenCalled();
  });

  it('says why a save failed and keeps the drawing open', async () => {
    const { onClose } = renderDialog(() => Promise.resolve('The drawing was not saved: full.'));
    drawLine();
    await userEvent.click(button('Save the drawing'));
    expect(await screen.findByRole('alert')).toHaveTextContent('The drawing was not saved: full.');
    expect(onClose).not.toHaveBeenCalled();
    expect(button('Undo')).toBeEnabled();
  });

  it('asks before closing with a drawing, and closes at once without one', async () => {
    const first = renderDialog();
    drawLine();
    await userEvent.click(button('Close'));
    expect(first.onClose).not.toHaveBeenCalled();
    expect(button('No, keep drawing')).toHaveFocus();
    await userEvent.click(button('Yes, close'));
    expect(first.onClose).toHaveBeenCalled();
  });

  it('asks on Escape too, once something is drawn', async () => {
    const { onClose } = renderDialog();
    drawLine();
    const cancel = new Event('cancel', { cancelable: true });
    fireEvent(screen.getByRole('dialog'), cancel);
    expect(cancel.defaultPrevented).toBe(true);
    expect(onClose).not.toHaveBeenCalled();
    expect(button('No, keep drawing')).toHaveFocus();
    await userEvent.click(button('No, keep drawing'));
    expect(screen.queryByRole('button', { name: 'Yes, close' })).not.toBeInTheDocument();
    expect(button('Undo')).toBeEnabled();
  });

  it('starts with what to draw when no prompt is given', async () => {
    const { onClose } = renderDialog(undefined, null);
    expect(screen.getByRole('heading', { name: 'What do you want to draw?' })).toBeInTheDocument();
    for (const ask of ['Draw your home', 'Draw your family', 'Draw something you like'])
      expect(button(ask)).toBeInTheDocument();
    await userEvent.click(button('Draw your family'));
    expect(screen.getByRole('heading', { name: 'Draw your family' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /drawing paper/i })).toBeInTheDocument();
    await userEvent.click(button('Close'));
    expect(onClose).toHaveBeenCalled();
  });
});
