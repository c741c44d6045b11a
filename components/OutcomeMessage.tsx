/** How the last action went, in a sentence. */
export interface Outcome {
  kind: 'ok' | 'error';
  text: string;
}

/** The note under a form that says how the last action went: an error as an alert, anything
 * else as a status; nothing while there is none. */
export function OutcomeMessage({ outcome }: { outcome: Outcome | null }) {
  if (!outcome) return null;
  return (
    <p
      class={outcome.kind === 'error' ? 'note error' : 'note'}
      role={outcome.kind === 'error' ? 'alert' : 'status'}
    >
      {outcome.text}
    </p>
  );
}
