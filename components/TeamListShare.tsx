import { useState } from 'preact/hooks';
import type { Content } from '../utils/texts';
import { LANGS } from '../utils/texts/ids';
import type { Lang } from '../utils/texts/ids';
import type { MyTip, OwnTerm } from '../utils/my-data/model';
import {
  createTeamListFile,
  isShareableTip,
  newTeamListId,
  TEAM_LIST_NAME_LIMIT,
} from '../utils/my-data/team-list-format';
import { rememberSharedList } from '../utils/my-data/team-lists';
import type { SharedTeamList } from '../utils/my-data/team-lists';
import { liveTerms } from '../utils/my-data/terms-ops';
import { visibleTips } from '../utils/my-data/tips-ops';
import type { Store } from '../utils/storage/store';
import { useAnnounce } from './announcer';
import { OutcomeMessage } from './OutcomeMessage';
import type { Outcome } from './OutcomeMessage';
import { useStoredValue } from './stored-value';

interface Props {
  content: Content;
  myTips: Store<MyTip[]>;
  ownTerms: Store<OwnTerm[]>;
  /** The lists shared before: a new version of one keeps its id. */
  shared: Store<SharedTeamList[]>;
  download: (fileName: string, text: string, type: string) => void;
  /** Randomness for a new list's id (crypto.randomUUID in the page). */
  random: () => string;
  now?: () => Date;
}

const NEW_LIST = '';

/**
 * "Share a team list": choose own tips and terms, name the list, save the file. Sharing
 * again as a new version of a list shared before keeps its id and raises its version, so
 * colleagues can update to it.
 */
export function TeamListShare({
  content,
  myTips,
  ownTerms,
  shared,
  download,
  random,
  now = () => new Date(),
}: Props) {
  const t = content.teamLists;
  const announce = useAnnounce();
  const tips = visibleTips(useStoredValue(myTips) ?? []).filter(isShareableTip);
  const terms = liveTerms(useStoredValue(ownTerms) ?? []);
  const before = useStoredValue(shared) ?? [];
  const [basedOn, setBasedOn] = useState(NEW_LIST);
  const [name, setName] = useState('');
  const [publisher, setPublisher] = useState('');
  const [version, setVersion] = useState(1);
  const [language, setLanguage] = useState<Lang>(content.lang);
  const [tipIds, setTipIds] = useState<ReadonlySet<string>>(new Set());
  const [termIds, setTermIds] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState<Outcome | null>(null);
  const say = (next: Outcome) => {
    setMessage(next);
    announce(next.text);
  };

  if (tips.length === 0 && terms.length === 0) return <p class="hint">{t.shareNothingYet}</p>;

  const startFrom = (id: string) => {
    setBasedOn(id);
    const earlier = before.find((entry) => entry.id === id);
    if (!earlier) return;
    setName(earlier.name);
    setPublisher(earlier.publisher);
    setVersion(earlier.version + 1);
    setLanguage(earlier.language);
    setTipIds(new Set(earlier.tipIds));
    setTermIds(new Set(earlier.termIds));
  };

  const toggle = (set: ReadonlySet<string>, id: string, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  };

  const save = (event: Event) => {
    event.preventDefault();
    if (name.trim() === '') return say({ kind: 'error', text: t.shareNeedsName });
    const chosenTips = tips.filter((tip) => tipIds.has(tip.id));
    const chosenTerms = terms.filter((term) => termIds.has(term.id));
    if (chosenTips.length + chosenTerms.length === 0)
      return say({ kind: 'error', text: t.shareNeedsItems });
    const id = basedOn === NEW_LIST ? newTeamListId(name, random()) : basedOn;
    let file: string;
    try {
      file = createTeamListFile(
        { id, name, publisher, version, language, tips: chosenTips, terms: chosenTerms },
        now(),
      );
    } catch {
      return say({ kind: 'error', text: t.shareNeedsName });
    }
    download(`${id}-v${version}.json`, file, 'application/json');
    const remembered: SharedTeamList = {
      id,
      name: name.trim(),
      publisher: publisher.trim(),
      version,
      language,
      tipIds: chosenTips.map((tip) => tip.id),
      termIds: chosenTerms.map((term) => term.id),
    };
    setBasedOn(id);
    // Remembered before it says so: the next version of this list keeps its id.
    void shared
      .update((list) => rememberSharedList(list, remembered))
      .catch(() => undefined)
      .then(() => say({ kind: 'ok', text: t.shareSaved }));
  };

  return (
    <form class="team-share" onSubmit={save}>
      {before.length > 0 && (
        <label class="field">
          <span>{t.shareStartFrom}</span>
          <select value={basedOn} onChange={(event) => startFrom(event.currentTarget.value)}>
            <option value={NEW_LIST}>{t.shareAsNew}</option>
            {before.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {t.shareNewVersionOf(entry.name, entry.version + 1)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label class="field">
        <span>{t.shareName}</span>
        <input
          type="text"
          required
          maxLength={TEAM_LIST_NAME_LIMIT}
          value={name}
          onInput={(event) => setName(event.currentTarget.value)}
        />
      </label>
      <label class="field">
        <span>{t.sharePublisher}</span>
        <input
          type="text"
          maxLength={TEAM_LIST_NAME_LIMIT}
          value={publisher}
          onInput={(event) => setPublisher(event.currentTarget.value)}
        />
      </label>
      <label class="field">
        <span>{t.shareVersion}</span>
        <input
          type="number"
          min={1}
          step={1}
          required
          value={version}
          aria-describedby="team-share-version-hint"
          onInput={(event) => {
            const next = Math.floor(Number(event.currentTarget.value));
            if (Number.isSafeInteger(next) && next >= 1) setVersion(next);
          }}
        />
        <span class="hint" id="team-share-version-hint">
          {t.shareVersionHint}
        </span>
      </label>
      <fieldset class="choice">
        <legend>{t.shareLanguage}</legend>
        {LANGS.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="team-share-language"
              checked={language === option}
              onChange={() => setLanguage(option)}
            />
            <span lang={option}>{content.ui.languageNames[option]}</span>
          </label>
        ))}
      </fieldset>
      {tips.length > 0 && (
        <fieldset class="choice team-share-items">
          <legend>{t.shareTips}</legend>
          {tips.map((tip) => (
            <label key={tip.id}>
              <input
                type="checkbox"
                checked={tipIds.has(tip.id)}
                onChange={(event) => setTipIds(toggle(tipIds, tip.id, event.currentTarget.checked))}
              />
              <span>{tip.text}</span>
            </label>
          ))}
        </fieldset>
      )}
      {terms.length > 0 && (
        <fieldset class="choice team-share-items">
          <legend>{t.shareTerms}</legend>
          {terms.map((term) => (
            <label key={term.id}>
              <input
                type="checkbox"
                checked={termIds.has(term.id)}
                onChange={(event) =>
                  setTermIds(toggle(termIds, term.id, event.currentTarget.checked))
                }
              />
              <span>{term.term}</span>
            </label>
          ))}
        </fieldset>
      )}
      <div class="actions">
        <button type="submit" class="primary">
          {t.shareSave}
        </button>
      </div>
      <OutcomeMessage outcome={message} />
    </form>
  );
}
