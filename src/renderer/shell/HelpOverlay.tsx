import { useEffect, useRef } from 'react';
import { KEY_BINDINGS } from '../keyboard/keymap';
import { useAppStore } from '../store/use-app-store';

export function HelpOverlay() {
  const open = useAppStore((s) => s.helpOpen);
  const setOpen = useAppStore((s) => s.setHelpOpen);
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) closeButton.current?.focus();
  }, [open]);
  if (!open) return null;
  return (
    <div className="overlay" role="presentation" onClick={() => setOpen(false)}>
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="help-title"
        onClick={(e) => e.stopPropagation()}
      >
        <h2 id="help-title">Keyboard shortcuts</h2>
        <table className="key-table">
          <tbody>
            {KEY_BINDINGS.map((binding) => (
              <tr key={binding.command}>
                <td>
                  <kbd>{binding.keys}</kbd>
                </td>
                <td>{binding.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button ref={closeButton} type="button" className="button" onClick={() => setOpen(false)}>
          Close
        </button>
      </div>
    </div>
  );
}
