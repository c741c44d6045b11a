import type { Content } from '../utils/texts';
import { EVERYDAY_MODES } from '../utils/settings/highlight-settings';
import {
  HIGHLIGHT_COLOURS,
  HIGHLIGHT_STYLES,
  toggleSite,
} from '../utils/settings/highlight-settings';
import type { HighlightSettings } from '../utils/settings/highlight-settings';

interface Props {
  content: Content;
  settings: HighlightSettings;
  /** The current tab's site, when highlighting can run there. */
  site: string | null;
  /** The organisation keeps highlighting off on that site (browser policy): not the user's to switch. */
  siteOffByOrganisation?: boolean;
  onChange: (change: (current: HighlightSettings) => HighlightSettings) => void;
  termName: (id: string) => string;
}

/** Pause, this site on/off, everyday words, style, colour, badge, and the terms switched off. */
export function HighlightSettingsForm({
  content,
  settings,
  site,
  siteOffByOrganisation = false,
  onChange,
  termName,
}: Props) {
  const { ui } = content;
  const styleLabels = { underline: ui.styleUnderline, background: ui.styleBackground };
  return (
    <section class="settings" aria-labelledby="highlight-settings-heading">
      <h2 id="highlight-settings-heading">{ui.highlightSettingsTitle}</h2>
      <label class="switch">
        <input
          type="checkbox"
          checked={!settings.paused}
          onChange={(event) => {
            const on = event.currentTarget.checked;
            onChange((s) => ({ ...s, paused: !on }));
          }}
        />
        <span>{ui.highlightOnPages}</span>
      </label>
      {site && (
        <label class="switch">
          <input
            type="checkbox"
            checked={!siteOffByOrganisation && !settings.disabledSites.includes(site)}
            disabled={settings.paused || siteOffByOrganisation}
            aria-describedby={siteOffByOrganisation ? 'site-set-by-organisation' : undefined}
            onChange={() => onChange((s) => toggleSite(s, site))}
          />
          <span>{ui.highlightOnThisSite(site)}</span>
        </label>
      )}
      {site && siteOffByOrganisation && (
        <p class="hint" id="site-set-by-organisation">
          {content.teamLists.setByOrganisation}
        </p>
      )}
      <fieldset class="choice" aria-describedby="everyday-words-hint">
        <legend>{ui.everydayWordsLegend}</legend>
        <p class="hint" id="everyday-words-hint">
          {ui.everydayWordsHint}
        </p>
        {EVERYDAY_MODES.map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name="everyday-words"
              value={mode}
              checked={settings.everydayWords === mode}
              disabled={settings.paused}
              onChange={() => onChange((s) => ({ ...s, everydayWords: mode }))}
            />
            <span>{ui.everydayWordsOptions[mode]}</span>
          </label>
        ))}
      </fieldset>
      <fieldset class="choice">
        <legend>{ui.highlightStyle}</legend>
        {HIGHLIGHT_STYLES.map((style) => (
          <label key={style}>
            <input
              type="radio"
              name="highlight-style"
              checked={settings.style === style}
              onChange={() => onChange((s) => ({ ...s, style }))}
            />
            <span class={`sample sample-${style}`}>{styleLabels[style]}</span>
          </label>
        ))}
      </fieldset>
      <fieldset class="choice">
        <legend>{ui.highlightColour}</legend>
        {HIGHLIGHT_COLOURS.map((colour) => (
          <label key={colour}>
            <input
              type="radio"
              name="highlight-colour"
              checked={settings.colour === colour}
              onChange={() => onChange((s) => ({ ...s, colour }))}
            />
            <span class={`swatch swatch-${colour}`} aria-hidden="true" />
            <span>{ui.colourNames[colour]}</span>
          </label>
        ))}
      </fieldset>
      <label class="switch">
        <input
          type="checkbox"
          checked={settings.showBadge}
          onChange={(event) => {
            const showBadge = event.currentTarget.checked;
            onChange((s) => ({ ...s, showBadge }));
          }}
        />
        <span>{ui.showBadge}</span>
      </label>
      {settings.hiddenTerms.length > 0 && (
        <>
          <h3>{ui.hiddenTermsTitle}</h3>
          <ul class="hidden-terms">
            {settings.hiddenTerms.map((id) => {
              const term = termName(id);
              return (
                <li key={id}>
                  <button
                    type="button"
                    class="link-button"
                    onClick={() =>
                      onChange((s) => ({
                        ...s,
                        hiddenTerms: s.hiddenTerms.filter((t) => t !== id),
                      }))
                    }
                  >
                    {ui.showTermAgain(term)}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
