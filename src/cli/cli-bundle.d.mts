/** The path of a bundle of the command (it exports what bundle-entry.ts does), made if the sources changed, or null when none can be made. */
export function cliBundle(env?: Record<string, string | undefined>, dir?: string): Promise<string | null>;
