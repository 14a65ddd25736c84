import { useEffect, useRef, type ReactNode } from 'react';

const FOCUSABLE = 'button, input, select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog: focus moves in when it opens, Tab stays inside, and focus returns to where
 * it was when it closes. A click outside closes it; Esc is handled by the window keymap.
 */
export function Dialog(props: {
  titleId: string;
  title: string;
  className?: string;
  onClose(): void;
  children: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    box.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    return () => before?.focus();
  }, []);

  const trapTab = (event: React.KeyboardEvent) => {
    if (event.key !== 'Tab' || !box.current) return;
    const items = [...box.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items.at(-1);
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  return (
    <div className="overlay" role="presentation" onClick={props.onClose}>
      <div
        ref={box}
        className={`dialog ${props.className ?? ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={props.titleId}
        onClick={(e) => e.stopPropagation()}
        onKeyDown={trapTab}
      >
        <h2 id={props.titleId}>{props.title}</h2>
        {props.children}
        <button type="button" className="button" onClick={props.onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
