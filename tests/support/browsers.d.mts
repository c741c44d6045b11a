export function chromiumPath(): string;
export function firefoxPath(): string;
export const CHROMIUM_FLAGS: readonly string[];
export function loadExtensionFlags(dir: string): string[];
export function unpackedExtensionId(path: string): string;
