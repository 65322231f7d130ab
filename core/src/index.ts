export * from './dates.ts';
export * from './errors.ts';
export * from './model/index.ts';
