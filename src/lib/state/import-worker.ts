/**
 * Reads and checks a person's files off the page's thread, so the page answers input while a
 * large file is read: posts progress as it goes, then the result (a large dataset in parts).
 * Started by `import-runner.ts`.
 */
import { importData } from '../core/io/import-data.ts';
import { repliesFor, type ImportReply, type ImportRequest } from './import-runner.ts';

const reply = (message: ImportReply) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<ImportRequest>) => {
	try {
		const result = importData(event.data.files, (progress) =>
			reply({ type: 'progress', progress })
		);
		for (const message of repliesFor(result)) reply(message);
	} catch (e) {
		reply({ type: 'failed', reason: (e as Error).message || String(e) });
	}
});
