/**
 * Emergency, crisis and listening lines, shown in About and in the self-check's read-out as
 * plain text (no links out). The numbers are the same in every language; ./<lang>/safety.ts
 * says what each is for. Each was checked against the organisation's own pages where the
 * stored copies had them, otherwise against news reports (see the commits that added them
 * and README, Sources and credits): keep them exactly as written there.
 */
export const CRISIS_REGIONS = ['nl', 'flanders'] as const;
export type CrisisRegion = (typeof CRISIS_REGIONS)[number];

/**
 * Where a line is shown: with the lines for when someone is in danger, or under a heading of
 * its own, for when someone needs to talk and nobody is in danger.
 */
export const CRISIS_LINE_KINDS = ['danger', 'talk'] as const;
export type CrisisLineKind = (typeof CRISIS_LINE_KINDS)[number];

export interface CrisisLine {
  region: CrisisRegion;
  kind: CrisisLineKind;
  /** One or more numbers for the same line, the first the one to call. */
  numbers: readonly string[];
}

export const CRISIS_LINES = {
  /** The Netherlands: police, ambulance, fire brigade. */
  'nl-emergency': { region: 'nl', kind: 'danger', numbers: ['112'] },
  /** 113 Zelfmoordpreventie (113.nl): both numbers free, day and night. */
  'nl-suicide': { region: 'nl', kind: 'danger', numbers: ['113', '0800-0113'] },
  /** Veilig Thuis: domestic violence and child abuse, advice and reports. */
  'nl-domestic-violence': { region: 'nl', kind: 'danger', numbers: ['0800-2000'] },
  /** De Kindertelefoon: for children and young people, free and anonymous. */
  'nl-children': { region: 'nl', kind: 'danger', numbers: ['0800-0432'] },
  /** Belgium: medical help and fire brigade (1712.be names 101 for the police). */
  'flanders-emergency': { region: 'flanders', kind: 'danger', numbers: ['112'] },
  'flanders-police': { region: 'flanders', kind: 'danger', numbers: ['101'] },
  /** Zelfmoordlijn 1813 (zelfmoord1813.be): free and anonymous, day and night. */
  'flanders-suicide': { region: 'flanders', kind: 'danger', numbers: ['1813'] },
  /** 1712 (1712.be): violence, abuse and child abuse; not an emergency number. */
  'flanders-violence': { region: 'flanders', kind: 'danger', numbers: ['1712'] },
  /** Awel: for children and young people in Flanders, free and anonymous. */
  'flanders-children': { region: 'flanders', kind: 'danger', numbers: ['102'] },
  /** De Luisterlijn: someone to talk to, day and night (its cost could not be confirmed). */
  'nl-listening': { region: 'nl', kind: 'talk', numbers: ['0900-0767', '088-0767000'] },
  /** Tele-Onthaal: someone to talk to in Flanders, free and anonymous, day and night. */
  'flanders-listening': { region: 'flanders', kind: 'talk', numbers: ['106'] },
} as const satisfies Record<string, CrisisLine>;

export type CrisisLineId = keyof typeof CRISIS_LINES;
export const CRISIS_LINE_IDS = Object.keys(CRISIS_LINES) as CrisisLineId[];
