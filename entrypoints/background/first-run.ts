import { browser } from 'wxt/browser';
import { migrateStoredData } from '../../utils/storage/my-data';
import { welcomeShownItem } from '../../utils/storage/first-run';

/**
 * On install and on update: bring stored data to the current format now (under the data
 * lock, see migrateStoredData), not at the user's next click; and show the welcome page the
 * first time only.
 */
export async function onInstalled(reason: string): Promise<void> {
  await migrateStoredData();
  if (reason !== 'install' || (await welcomeShownItem.getValue())) return;
  await welcomeShownItem.setValue(true);
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
}
