interface Props {
  /** The visible label, which names the input too. */
  label: string;
  /** Gets the chosen file (undefined when the choice was cancelled); the input is emptied
   * once this settles, so the same file can be chosen again. */
  onChoose: (file: File | undefined) => Promise<void>;
}

/** A labelled file input for one JSON file (a backup, a team list). */
export function JsonFileInput({ label, onChoose }: Props) {
  return (
    <label class="file-label">
      <span>{label}</span>
      <input
        type="file"
        accept="application/json,.json"
        onChange={(event) => {
          const input = event.currentTarget;
          void onChoose(input.files?.[0]).finally(() => (input.value = ''));
        }}
      />
    </label>
  );
}
