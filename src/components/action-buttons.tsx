import { Button, type ButtonProps } from './button';

/** One plain button of a row: its words, its look, and what pressing it does. */
export interface Action {
  label: string;
  /** The main action by default. */
  variant?: ButtonProps['variant'];
  /** `submit` sends the form the row stands in (then it needs no `onClick`). */
  type?: 'submit';
  onClick?: () => void;
}

/**
 * The plain buttons of a row of actions (a dialog's choose and cancel, a notice's two answers, a
 * form's set and remove), from a list, in the order given. The row's frame is the caller's (a
 * `.actions` div, a notice's actions), so a row reads as what it offers rather than as markup.
 */
export function ActionButtons({ actions }: { actions: readonly Action[] }) {
  return (
    <>
      {actions.map((a) => (
        <Button key={a.label} variant={a.variant} type={a.type} onClick={a.onClick}>
          {a.label}
        </Button>
      ))}
    </>
  );
}
