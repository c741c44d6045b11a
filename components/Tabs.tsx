import type { ComponentChildren } from 'preact';

export interface TabDef<Id extends string> {
  id: Id;
  label: string;
}

interface Props<Id extends string> {
  tabs: TabDef<Id>[];
  selected: Id;
  label: string;
  /** False while search results replace the panel: no tab is selected then. */
  active: boolean;
  onSelect: (id: Id) => void;
  children: ComponentChildren;
}

/**
 * WAI-ARIA tabs: one tab stop for the tab list, arrow keys (and Home/End) move between
 * tabs and select them.
 */
export function Tabs<Id extends string>({
  tabs,
  selected,
  label,
  active,
  onSelect,
  children,
}: Props<Id>) {
  const move = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const target =
      event.key === 'ArrowRight'
        ? (index + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + tabs.length) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : -1;
    const tab = tabs[target];
    if (!tab) return;
    event.preventDefault();
    onSelect(tab.id);
    document.getElementById(`tab-${tab.id}`)?.focus();
  };
  // With no tab selected (About is open), the first tab is the way into the tab list.
  const focusable = tabs.some((tab) => tab.id === selected) ? selected : tabs[0]?.id;
  return (
    <>
      <div class="tabs" role="tablist" aria-label={label}>
        {tabs.map((tab, index) => {
          const isSelected = active && tab.id === selected;
          return (
            <button
              key={tab.id}
              type="button"
              role="tab"
              id={`tab-${tab.id}`}
              aria-selected={isSelected}
              // Only the shown panel exists, so only its tab points at it.
              aria-controls={isSelected ? `panel-${tab.id}` : undefined}
              tabIndex={tab.id === focusable ? 0 : -1}
              onClick={() => onSelect(tab.id)}
              onKeyDown={(event) => move(event, index)}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {active ? (
        <div
          class="panel"
          role="tabpanel"
          id={`panel-${selected}`}
          aria-labelledby={`tab-${selected}`}
        >
          {children}
        </div>
      ) : (
        children
      )}
    </>
  );
}
