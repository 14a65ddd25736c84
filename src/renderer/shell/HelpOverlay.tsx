import { KEY_BINDINGS } from '../keyboard/keymap';
import { useAppStore } from '../store/use-app-store';
import { Dialog } from './Dialog';

export function HelpOverlay() {
  const open = useAppStore((s) => s.helpOpen);
  const setOpen = useAppStore((s) => s.setHelpOpen);
  if (!open) return null;
  return (
    <Dialog titleId="help-title" title="Keyboard shortcuts" onClose={() => setOpen(false)}>
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
    </Dialog>
  );
}
