import type { Content } from '../utils/texts';
import { isListFull } from '../utils/my-data/model';
import type { MyTip } from '../utils/my-data/model';
import type { TeamTip } from '../utils/my-data/team-list-format';
import { addTip } from '../utils/my-data/tips-ops';
import type { Store } from '../utils/storage/store';
import { useAnnounce } from './announcer';

/** Copies a team tip into My tips, and says how it went. */
export function useCopyTeamTip(
  content: Content,
  myTips: Store<MyTip[]>,
  newId: () => string,
): (tip: TeamTip) => void {
  const announce = useAnnounce();
  return (tip) => {
    myTips
      .update((tips) =>
        addTip(tips, { text: tip.title, note: tip.note, tags: [...tip.tags] }, Date.now(), newId()),
      )
      .then(
        () => announce(content.teamLists.copied),
        (error: unknown) =>
          announce(isListFull(error) ? content.ui.tooManyTips : content.ui.saveFailed),
      );
  };
}
