export interface SettleArgs {
  quietMs: number;
  timeoutMs: number;
}
export interface Settled {
  /** The extension's highlights are registered: it started on the page. */
  started: boolean;
  /** They stayed the same for `quietMs`. */
  settled: boolean;
  texts: string[];
}
export function settleInPage(args: SettleArgs): Promise<Settled>;
