import { browser } from 'wxt/browser';

interface SidePanelApi {
  open: (options: { windowId: number }) => Promise<void>;
}
interface SidebarActionApi {
  open: () => Promise<void>;
}

/** Closes the popup; not the popup's page opened in a tab (a hover card's "open this tip"). */
function closePopup(): void {
  void browser.tabs.getCurrent().then((tab) => {
    if (!tab) window.close();
  });
}

/**
 * "Keep open beside the page": opens the side panel (Chrome, Edge) or the sidebar (Firefox)
 * and closes the popup. Both browsers allow opening only in answer to the user's click, so
 * the call is made at once in the click, with the window looked up beforehand. Null where
 * the browser has neither.
 */
export function sidePanelOpener(): (() => void) | null {
  const api = browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarActionApi };
  const sidebar = api.sidebarAction;
  if (sidebar) {
    return () => {
      sidebar
        .open()
        .then(closePopup, (error: unknown) =>
          console.warn('Holding Space Companion: no sidebar', error),
        );
    };
  }
  const panel = api.sidePanel;
  if (!panel) return null;
  let windowId: number | undefined;
  void browser.windows.getCurrent().then((current) => {
    windowId = current.id;
  });
  return () => {
    if (windowId === undefined) return;
    panel
      .open({ windowId })
      .then(closePopup, (error: unknown) =>
        console.warn('Holding Space Companion: no side panel', error),
      );
  };
}
