/** Injected by the build (esbuild `define`); under vitest/tsx the package version is read at run time. */
declare const __DENGGAO_VERSION__: string | undefined;

export const APP_NAME = 'Denggao';
export const APP_VERSION: string = typeof __DENGGAO_VERSION__ === 'string' ? __DENGGAO_VERSION__ : '0.0.0-dev';
