import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { importData } from '../../src/lib/core/io/import-data.ts';
import { Reassembler, repliesFor } from '../../src/lib/state/import-runner.ts';
import { validSynthetic } from '../../bench/synthetic.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe("the import worker's messages", () => {
	const result = importData([
		{ path: 'big.json', bytes: bytes(JSON.stringify(validSynthetic(300, 2500))) }
	]);

	it('send a long list in parts, each short enough to copy in a moment', () => {
		expect(result.dataset?.ties).toHaveLength(2500);
		const replies = repliesFor(result, 1000);
		expect(replies.map((r) => (r.type === 'part' ? `${r.key}:${r.items.length}` : r.type))).toEqual(
			['ties:1000', 'ties:1000', 'ties:500', 'done']
		);
		const done = replies.at(-1)!;
		expect(done.type === 'done' && done.result.dataset?.ties).toEqual([]);
		expect(done.type === 'done' && done.result.dataset?.actors).toHaveLength(300);
	});

	it('are put together again into the same result, crossing a structured clone', () => {
		const re = new Reassembler();
		let got: unknown = null;
		for (const reply of structuredClone(repliesFor(result, 700))) {
			if (reply.type === 'part') re.part(reply);
			else if (reply.type === 'done') got = re.done(reply.result);
		}
		// node's own deep equality: vitest's takes seconds over 2,500 ties.
		expect(isDeepStrictEqual(got, result)).toBe(true);
		expect(Object.keys((got as typeof result).dataset!)).toEqual(Object.keys(result.dataset!));
	});

	it('send a result without a dataset (files that did not pass) as it is', () => {
		const failed = importData([{ path: 'bad.json', bytes: bytes('{"ties": 3}') }]);
		expect(failed.dataset).toBeNull();
		expect(repliesFor(failed)).toEqual([{ type: 'done', result: failed }]);
	});
});
