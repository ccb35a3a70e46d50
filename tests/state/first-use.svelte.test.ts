import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { firstUse } from '../../src/lib/components/first-use.svelte.ts';

describe('code fetched the first time it is wanted', () => {
	it('is not fetched until wanted, then once, and kept when no longer wanted', async () => {
		let wanted = $state(false);
		let loads = 0;
		let got: { readonly current: Promise<string> | undefined } | undefined;
		const stop = $effect.root(() => {
			got = firstUse(
				() => wanted,
				async () => `dialog ${++loads}`
			);
		});
		try {
			flushSync();
			expect(got!.current).toBeUndefined();
			expect(loads).toBe(0);
			wanted = true;
			flushSync();
			expect(await got!.current).toBe('dialog 1');
			wanted = false;
			flushSync();
			wanted = true;
			flushSync();
			expect(await got!.current).toBe('dialog 1');
			expect(loads).toBe(1);
		} finally {
			stop();
		}
	});
});
