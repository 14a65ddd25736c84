import type { CompareOptions } from '../../shared/comparison/comparison-types';
import { useAppStore } from '../store/use-app-store';
import { Dialog } from './Dialog';

type FoldKey = Exclude<keyof CompareOptions, 'granularity'>;

const FOLDS: { key: FoldKey; label: string; hint: string }[] = [
  { key: 'foldCase', label: 'Case', hint: 'Angesichts / angesichts' },
  { key: 'foldEszett', label: 'ß and ss', hint: 'Weißen / Weissen' },
  { key: 'foldQuotes', label: 'Quotation marks', hint: '„…“ / «…» / "…"' },
  { key: 'foldDashes', label: 'Dashes, hyphens, soft hyphens, no-break spaces', hint: '– / - / —' },
  {
    key: 'foldCompounds',
    label: 'Compounds written joined, hyphenated or apart',
    hint: 'Separatistengebieten / Separatisten-Gebieten',
  },
  { key: 'foldRegional', label: 'Regional variants', hint: 'Jänner / Januar' },
  { key: 'ignorePunctuation', label: 'Punctuation-only changes', hint: 'a comma added or removed' },
];

/** Every fold of the comparison, the diff granularity, the view and the theme. */
export function OptionsDialog() {
  const open = useAppStore((s) => s.optionsOpen);
  const setOpen = useAppStore((s) => s.setOptionsOpen);
  const settings = useAppStore((s) => s.settings);
  const setCompareOptions = useAppStore((s) => s.setCompareOptions);
  const setViewMode = useAppStore((s) => s.setViewMode);
  const setTheme = useAppStore((s) => s.setTheme);
  if (!open) return null;

  return (
    <Dialog titleId="options-title" title="Options" className="options-dialog" onClose={() => setOpen(false)}>
      <fieldset>
        <legend>Treat as cosmetic (shown quietly, not counted as edits)</legend>
        {FOLDS.map((fold) => (
          <label key={fold.key} className="option-row">
            <input
              type="checkbox"
              checked={settings.compare[fold.key]}
              onChange={(e) => setCompareOptions({ [fold.key]: e.target.checked })}
            />
            <span>
              {fold.label} <span className="option-hint">{fold.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Mark differences by</legend>
        <Choice
          name="granularity"
          value={settings.compare.granularity}
          options={[
            ['word', 'Words'],
            ['char', 'Characters'],
          ]}
          onChange={(granularity) => setCompareOptions({ granularity })}
        />
      </fieldset>
      <fieldset>
        <legend>View</legend>
        <Choice
          name="view"
          value={settings.viewMode}
          options={[
            ['side-by-side', 'Side by side'],
            ['inline', 'Inline'],
          ]}
          onChange={setViewMode}
        />
      </fieldset>
      <fieldset>
        <legend>Theme</legend>
        <Choice
          name="theme"
          value={settings.theme}
          options={[
            ['system', 'Follow the system'],
            ['light', 'Light'],
            ['dark', 'Dark'],
          ]}
          onChange={setTheme}
        />
      </fieldset>
    </Dialog>
  );
}

function Choice<T extends string>(props: { name: string; value: T; options: [T, string][]; onChange(value: T): void }) {
  return (
    <div className="choice">
      {props.options.map(([value, label]) => (
        <label key={value} className="option-row">
          <input
            type="radio"
            name={props.name}
            value={value}
            checked={props.value === value}
            onChange={() => props.onChange(value)}
          />
          {label}
        </label>
      ))}
    </div>
  );
}
