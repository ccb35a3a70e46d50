/**
 * Reads and checks a person's files off the page's thread, so the page answers input while a
 * large file is read: posts progress as it goes, then the result. Started by `import-runner.ts`.
 */
import { importData } from '../core/io/import-data.ts';
import type { ImportReply, ImportRequest } from './import-runner.ts';

const reply = (message: ImportReply) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<ImportRequest>) => {
	try {
		const result = importData(event.data.files, (progress) =>
			reply({ type: 'progress', progress })
		);
		reply({ type: 'done', result });
	} catch (e) {
		reply({ type: 'failed', reason: (e as Error).message || String(e) });
	}
});
