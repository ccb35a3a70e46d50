/**
 * Time limits for the bench's phases: a phase that runs past its limit is reported as not
 * finished, and the run goes on, instead of waiting on a page that may never answer.
 */
export class Late extends Error {
	constructor(
		readonly what: string,
		readonly seconds: number
	) {
		super(`${what}: did not finish in ${seconds} s`);
	}
}

/** Runs `run`, or throws Late after `seconds`; what it leaves running is the caller's to close. */
export async function within<T>(what: string, seconds: number, run: () => Promise<T>): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const work = run();
	// Past the limit the work may still fail (its page closed under it): nobody waits for it then.
	work.catch(() => {});
	const late = new Promise<never>((_, fail) => {
		timer = setTimeout(() => fail(new Late(what, seconds)), seconds * 1000);
	});
	try {
		return await Promise.race([work, late]);
	} finally {
		clearTimeout(timer);
	}
}

/** Waits until `ready` answers a value, asking every `every` ms (for a page too busy to push). */
export async function poll<T>(ask: () => Promise<T | null>, every = 250): Promise<T> {
	for (;;) {
		const got = await ask();
		if (got !== null) return got;
		await new Promise((ok) => setTimeout(ok, every));
	}
}
