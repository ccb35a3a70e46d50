/**
 * Code fetched the first time it is wanted, then kept: a dialog's component loads when the
 * dialog first opens, not with the page, and stays mounted after (its choices and its worker with
 * it). Call while a component starts; `current` stays undefined until `wanted()` is first true.
 */
export function firstUse<T>(
	wanted: () => boolean,
	load: () => Promise<T>
): { readonly current: Promise<T> | undefined } {
	let loaded = $state<Promise<T>>();
	$effect(() => {
		if (!loaded && wanted()) loaded = load();
	});
	return {
		get current() {
			return loaded;
		}
	};
}
