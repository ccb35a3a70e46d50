import { selectScope, ScopeError } from '$lib/core/export/scope.ts';
import type { AppState } from './app-state.svelte.ts';
import { viewDescriptor } from './export-scope.ts';
import { unique } from './unique.ts';
import { vocab } from '$lib/core/i18n/vocabulary.ts';

/** The ties of one kind in the view, with their parties; a scope error is shown, not thrown. */
export function pickKind(app: AppState, kind: string) {
	if (app.filter.hiddenKinds.includes(kind))
		return app.pickFailed(app.t('pickKindHidden', { kind: vocab(kind, app.lang) }));
	try {
		const scope = selectScope(app.graph, { ...viewDescriptor(app), kinds: [kind] });
		app.setPicks({
			how: 'kind',
			actors: unique(scope.ties.flatMap((t) => t.parties)),
			ties: scope.ties.map((t) => t.tie.id)
		});
	} catch (e) {
		if (!(e instanceof ScopeError)) throw e;
		app.pickFailed(e.message);
	}
}
