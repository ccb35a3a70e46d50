import { scopePaths, selectScope, ScopeError } from '$lib/core/export/scope.ts';
import type { AppState } from './app-state.svelte.ts';
import { viewDescriptor } from './export-scope.ts';
import { unique } from './unique.ts';
import { vocab } from '$lib/core/i18n/vocabulary.ts';
import { formatDay } from '$lib/core/time/format.ts';
import { NO_PICKS } from '$lib/core/view/view-spec.ts';

/** Runs a pick; a scope error (no such path, an actor not in view) is shown, not thrown. */
function attempt(app: AppState, run: () => void) {
	try {
		run();
	} catch (e) {
		if (!(e instanceof ScopeError)) throw e;
		app.pickFailed(e.message);
	}
}

/** Everyone within `hops` steps of an actor, over the ties the view shows. */
export function pickNeighbourhood(app: AppState, actor: string, hops: number) {
	attempt(app, () => {
		const scope = selectScope(app.graph, { ...viewDescriptor(app), focus: actor, hops });
		app.setPicks({ how: 'neighbourhood', actors: scope.actors.map((a) => a.actor.id), ties: null });
	});
}

/** The ties of one kind in the view, with their parties. */
export function pickKind(app: AppState, kind: string) {
	if (app.filter.hiddenKinds.includes(kind))
		return app.pickFailed(app.t('pickKindHidden', { kind: vocab(kind, app.lang) }));
	attempt(app, () => {
		const scope = selectScope(app.graph, { ...viewDescriptor(app), kinds: [kind] });
		app.setPicks({
			how: 'kind',
			actors: unique(scope.ties.flatMap((t) => t.parties)),
			ties: scope.ties.map((t) => t.tie.id)
		});
	});
}

/** Every shortest path between two actors, over the ties the view shows. */
export function pickPath(app: AppState, from: string, to: string) {
	attempt(app, () => {
		// An end with no tie drawn is still an actor of the day: "no path", not "not in scope".
		const scope = selectScope(app.graph, { ...viewDescriptor(app), dropIsolated: false });
		const paths = scopePaths(scope, from, to);
		if (paths.length === 0) {
			// Say so with names and dates, and leave no stale pick lit.
			app.setPicks(NO_PICKS, noPathText(app, from, to));
			return;
		}
		app.setPicks({
			how: 'path',
			actors: unique(paths.flatMap((p) => p.actors)),
			ties: unique(paths.flatMap((p) => p.ties.flat()))
		});
	});
}

function noPathText(app: AppState, from: string, to: string): string {
	const view = app.view;
	const name = (id: string) =>
		view.actorInScope(id)?.name[app.lang] ??
		app.graph.actorsById.get(id)?.names.at(-1)?.[app.lang] ??
		id;
	const date = (d: number) => formatDay(d, app.lang);
	return view.mode === 'instant'
		? app.t('pathNoneAt', { from: name(from), to: name(to), date: date(view.cursor) })
		: app.t('pathNoneRange', {
				from: name(from),
				to: name(to),
				start: date(Math.min(view.anchor, view.cursor)),
				end: date(Math.max(view.anchor, view.cursor))
			});
}
