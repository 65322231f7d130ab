export * from './domain.ts';
export * from './storage/index.ts';
