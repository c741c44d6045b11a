import { Component } from 'preact';
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { UiText } from '../utils/texts/ui-types';

/**
 * When stored data cannot be read: the views keep what can be read, say so, and offer to
 * save everything exactly as stored to a file. Nothing here deletes or changes anything.
 *
 * Als opgeslagen gegevens niet te lezen zijn: toon wat wel kan, zeg het, en bied aan alles
 * precies zoals het is opgeslagen als bestand te bewaren. Hier wordt niets verwijderd.
 */
export interface StoredDataServices {
  /** The stored keys that could not be read in part or whole (empty: all is well). */
  problems: () => Promise<string[]>;
  /** Saves everything as stored to a file in the downloads. */
  save: () => Promise<void>;
}

function SaveButton({ ui, services }: { ui: UiText; services: StoredDataServices }) {
  return (
    <button type="button" class="secondary" onClick={() => void services.save()}>
      {ui.saveStoredData}
    </button>
  );
}

/** A note at the top of a view when part of the stored data could not be read. */
export function StoredDataNotice({ ui, services }: { ui: UiText; services: StoredDataServices }) {
  const [problems, setProblems] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    services.problems().then(
      (found) => live && setProblems(found),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [services]);
  if (problems.length === 0) return null;
  return (
    <div class="note error stored-data-notice" role="status">
      <p>{ui.storageUnreadable}</p>
      <SaveButton ui={ui} services={services} />
    </div>
  );
}

interface BoundaryProps {
  ui: UiText;
  services: StoredDataServices;
  children: ComponentChildren;
}

/**
 * Keeps the rest of a view working when one part of it throws while rendering (a stored
 * value no reader foresaw): that part is replaced by a short note and the save button.
 */
export class SectionBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static override getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.warn('Holding Space Companion: part of the page could not be shown', error);
    this.setState({ failed: true });
  }

  render() {
    const { ui, services, children } = this.props;
    if (!this.state.failed) return children;
    return (
      <div class="note error" role="alert">
        <p>{ui.sectionFailed}</p>
        <SaveButton ui={ui} services={services} />
      </div>
    );
  }
}

/** For views rendered without storage (tests): nothing to report, nothing to save. */
export const NO_STORED_DATA: StoredDataServices = {
  problems: () => Promise.resolve([]),
  save: () => Promise.resolve(),
};
