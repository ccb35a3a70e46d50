export * from './common.ts';
export * from './source.ts';
export * from './actor.ts';
export * from './tie.ts';
export * from './event.ts';
export * from './data-file.ts';
export * from './absence.ts';
export * from './story.ts';
