/**
 * Emergency and crisis lines, shown in About and in the self-check's read-out as plain text
 * (no links out). The numbers are the same in every language; ./<lang>/safety.ts says what
 * each is for. Each was checked against the organisation's own pages where the stored copies
 * had them (see the commit that added this file): keep them exactly as those pages write them.
 */
export const CRISIS_REGIONS = ['nl', 'flanders'] as const;
export type CrisisRegion = (typeof CRISIS_REGIONS)[number];

export interface CrisisLine {
  region: CrisisRegion;
  /** One or more numbers for the same line, the first the one to call. */
  numbers: readonly string[];
}

export const CRISIS_LINES = {
  /** The Netherlands: police, ambulance, fire brigade. */
  'nl-emergency': { region: 'nl', numbers: ['112'] },
  /** 113 Zelfmoordpreventie (113.nl): both numbers free. */
  'nl-suicide': { region: 'nl', numbers: ['113', '0800-0113'] },
  /** Veilig Thuis: domestic violence and child abuse, advice and reports. */
  'nl-domestic-violence': { region: 'nl', numbers: ['0800-2000'] },
  /** Belgium: medical help and fire brigade (1712.be names 101 for the police). */
  'flanders-emergency': { region: 'flanders', numbers: ['112'] },
  'flanders-police': { region: 'flanders', numbers: ['101'] },
  /** Zelfmoordlijn 1813 (zelfmoord1813.be). */
  'flanders-suicide': { region: 'flanders', numbers: ['1813'] },
  /** 1712 (1712.be): violence, abuse and child abuse; not an emergency number. */
  'flanders-violence': { region: 'flanders', numbers: ['1712'] },
} as const satisfies Record<string, CrisisLine>;

export type CrisisLineId = keyof typeof CRISIS_LINES;
export const CRISIS_LINE_IDS = Object.keys(CRISIS_LINES) as CrisisLineId[];
