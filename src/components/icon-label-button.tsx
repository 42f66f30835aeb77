import { Button } from './button';
import { NavIcon, type NavIconName } from './nav-icon';

/**
 * A secondary button with its picture before its words. On a phone the bar may show the picture
 * alone, hiding the words by `textClassName` (book-layout.css); the words stay the button's name.
 */
export function IconLabelButton({
  icon,
  label,
  className,
  textClassName,
  onClick,
}: {
  icon: NavIconName;
  label: string;
  className: string;
  textClassName: string;
  onClick: () => void;
}) {
  return (
    <Button variant="secondary" className={className} onClick={onClick}>
      <NavIcon name={icon} />
      <span className={textClassName}>{label}</span>
    </Button>
  );
}
