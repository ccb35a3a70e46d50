/**
 * Computes measures over time off the page's thread (`measures-job.ts`): the page sends the
 * dataset once, then each run's parameters. Started by `measures-runner.ts`.
 */
import { measuresServer } from './measures-job.ts';
import type { MeasuresMessage } from './measures-runner.ts';

const serve = measuresServer((message) => self.postMessage(message));
self.addEventListener('message', ({ data }: MessageEvent<MeasuresMessage>) => serve(data));
