import { browser } from 'wxt/browser';
import { policyCopy, readManagedPolicy } from '../my-data/managed-policy';
import type { ManagedPolicy } from '../my-data/managed-policy';
import { pickLanguage } from '../i18n/pick-language';
import type { Lang } from '../texts/ids';
import { MANAGED_COPY_KEY } from './keys';

/**
 * What an organisation set through browser policy (storage.managed: Chrome's policy for
 * extensions, Firefox's enterprise policies), read-only. Without a policy Chrome gives an
 * empty object and Firefox an error; both mean "nothing set".
 */
export async function readManaged(): Promise<ManagedPolicy> {
  return readManagedPolicy(await readManagedRaw());
}

/** storage.managed as it is, unchecked: `{}` when nothing is set or it can't be read. */
export async function readManagedRaw(): Promise<Record<string, unknown>> {
  try {
    return (await browser.storage.managed.get()) ?? {};
  } catch {
    return {}; // no policy (Firefox), or no managed storage here at all
  }
}

/**
 * Keeps the copy of the policy the content script reads (MANAGED_COPY_KEY) up to date: now,
 * and whenever the organisation changes it. The copy is the policy as the views read it
 * (policyCopy), not the raw value: pages compare its sites as they are. For the background
 * only.
 */
export function keepManagedCopy(): void {
  const copy = async () => {
    const raw = policyCopy(await readManagedRaw());
    const stored: Record<string, unknown> = await browser.storage.local.get(MANAGED_COPY_KEY);
    // Written even when nothing is set (`{}`): the views then know at once that there is
    // no policy, without asking for it (see startingLanguage).
    if (
      !(MANAGED_COPY_KEY in stored) ||
      JSON.stringify(stored[MANAGED_COPY_KEY]) !== JSON.stringify(raw)
    )
      await browser.storage.local.set({ [MANAGED_COPY_KEY]: raw });
  };
  void copy().catch(() => undefined);
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void copy().catch(() => undefined);
  });
}

/** Calls `listener` with the new policy whenever the organisation changes it. */
export function watchManaged(listener: (policy: ManagedPolicy) => void): () => void {
  const onChanged = (_changes: unknown, area: string) => {
    if (area === 'managed') void readManaged().then(listener);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/** For the views: the policy as a read-only store (its `update` always refuses). */
export const managedStore = {
  get: readManaged,
  watch: watchManaged,
  update: () => Promise.reject(new Error('Set by your organisation')),
};

/**
 * The language to show until the user chooses one: the organisation's default if its policy
 * sets one, else the browser's language (Dutch for a Dutch or Flemish browser, else English).
 */
export async function startingLanguage(): Promise<Lang> {
  // The copy the background keeps answers at once; only before it was ever written (the
  // first seconds after install) is the policy itself asked, and waited for briefly.
  const stored: Record<string, unknown> = await browser.storage.local
    .get(MANAGED_COPY_KEY)
    .catch(() => ({}));
  const copy = stored[MANAGED_COPY_KEY];
  const policy =
    copy !== null && typeof copy === 'object'
      ? readManagedPolicy(copy)
      : await Promise.race([
          readManaged(),
          new Promise<null>((resolve) => setTimeout(() => resolve(null), POLICY_WAIT_MS)),
        ]);
  return policy?.defaultLanguage ?? pickLanguage(browser.i18n.getUILanguage());
}

/**
 * How long a view waits for the policy, when the background's copy is not there yet, before
 * it starts in the browser's language. Chromium loads policies once, about 3 s after the
 * browser starts (measured; every later read takes a millisecond or two), and a popup must
 * not wait that long: `npm run bench:popup` measured 326 ms to the first render while every
 * view waited for it, as against about 70 ms.
 */
const POLICY_WAIT_MS = 250;
