import type { Content } from '../utils/texts';

export interface ShortcutInfo {
  name: string;
  description: string;
  shortcut: string;
}

interface Props {
  content: Content;
  shortcuts: ShortcutInfo[];
  /** Opens the browser's shortcut settings where it can; null where it can't. */
  onChange: (() => void) | null;
}

/** The keyboard commands, their current keys, and how to change them. */
export function Shortcuts({ content, shortcuts, onChange }: Props) {
  const { ui } = content;
  return (
    <section aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">{ui.shortcutsTitle}</h2>
      <p class="intro">{ui.shortcutsIntro}</p>
      <table class="shortcuts">
        <tbody>
          {shortcuts.map((command) => (
            <tr key={command.name}>
              <td>{command.description}</td>
              <td>{command.shortcut ? <kbd>{command.shortcut}</kbd> : ui.shortcutNotSet}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {onChange && (
        <button type="button" class="secondary" onClick={onChange}>
          {ui.changeShortcuts}
        </button>
      )}
      <p class="hint">{ui.changeShortcutsHelp}</p>
    </section>
  );
}
