export * from './canonical';
export * from './chain';
export * from './sha256';
