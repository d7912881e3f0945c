/** Injected by the build (esbuild `define`). Unbuilt code (vitest, tsx) has no build and says 0.0.0-dev. */
declare const __DENGGAO_VERSION__: string | undefined;

export const APP_NAME = 'Denggao';
export const APP_VERSION: string = typeof __DENGGAO_VERSION__ === 'string' ? __DENGGAO_VERSION__ : '0.0.0-dev';
