/** The origins of STEMHULP_DATA_ORIGINS as CSP source expressions; throws, naming the value, for anything else. */
export function dataOrigins(value: string | undefined): string[];
/** embed.html with the origins in its Content-Security-Policy (connect-src) and its data policy. */
export function renderEmbedHtml(template: string | Uint8Array, origins: string[]): string;
