import type { Content } from '../utils/texts';
import { SITE_LENGTH_LIMIT, siteKey } from '../utils/settings/highlight-settings';
import type { HighlightSettings } from '../utils/settings/highlight-settings';
import { formText } from './form-text';

interface Props {
  content: Content;
  settings: HighlightSettings;
  onChange: (change: (current: HighlightSettings) => HighlightSettings) => void;
  /** Sites where the organisation keeps highlighting off (browser policy): shown, not editable. */
  organisationSites?: readonly string[];
}

/** The remembered "not on this site" list, editable. */
export function SitesOffList({ content, settings, onChange, organisationSites = [] }: Props) {
  const { ui } = content;
  return (
    <section aria-labelledby="sites-off-heading">
      <h3 id="sites-off-heading">{ui.sitesOffTitle}</h3>
      {organisationSites.length > 0 && (
        <div class="note managed-note">
          <p>
            <strong>{content.teamLists.setByOrganisation}:</strong>{' '}
            {content.teamLists.sitesSetByOrganisation}
          </p>
          <ul class="sites-off" data-organisation-sites>
            {organisationSites.map((site) => (
              <li key={site}>
                <span>{site}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {settings.disabledSites.length === 0 ? (
        <p class="intro">{ui.sitesOffEmpty}</p>
      ) : (
        <ul class="sites-off">
          {settings.disabledSites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button
                type="button"
                class="secondary small"
                onClick={() =>
                  onChange((s) => ({
                    ...s,
                    disabledSites: s.disabledSites.filter((x) => x !== site),
                  }))
                }
              >
                {ui.removeSite(site)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          const form = event.currentTarget;
          const raw = formText(new FormData(form), 'site').trim();
          // Accept a host name or a whole address.
          let host: string;
          try {
            host = new URL(raw.includes('://') ? raw : `https://${raw}`).hostname;
          } catch {
            return;
          }
          const site = siteKey(host);
          if (!site) return;
          onChange((s) =>
            s.disabledSites.includes(site)
              ? s
              : { ...s, disabledSites: [...s.disabledSites, site] },
          );
          form.reset();
        }}
      >
        <label>
          <span>{ui.addSiteLabel}</span>
          <input name="site" required maxLength={SITE_LENGTH_LIMIT} />
        </label>
        <button type="submit" class="secondary">
          {ui.addSiteButton}
        </button>
      </form>
    </section>
  );
}
