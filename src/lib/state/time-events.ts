import { firstDay, partialDate } from '$lib/core/time/partial-date.ts';
import { tieExtent } from '$lib/core/time/lifecycle.ts';
import type { AppState } from './app-state.svelte.ts';

/** Goes to an event's date and opens it; the graph and the table then show what it concerns. */
export function openEvent(app: AppState, id: string) {
	const event = app.graph.eventsById.get(id);
	if (!event) return;
	app.setDay(firstDay(partialDate(event.date)));
	app.select({ type: 'event', id });
}

/** Ties the selection concerns: the tie itself, or every tie an event names. */
export function selectedTieIds(app: AppState): Set<string> {
	const sel = app.selection;
	if (!sel) return new Set();
	if (sel.type === 'tie') return new Set([sel.id]);
	if (sel.type === 'event') return new Set(app.graph.eventsById.get(sel.id)?.ties ?? []);
	return new Set();
}

/** The `count` events nearest a day, listed in date order. */
export function eventsNear(app: AppState, day: number, count = 6) {
	const withDays = app.graph.events.map((e) => ({ event: e, day: firstDay(partialDate(e.date)) }));
	return withDays
		.map((d, i) => ({ ...d, i, dist: Math.abs(d.day - day) }))
		.sort((a, b) => a.dist - b.dist || a.i - b.i)
		.slice(0, count)
		.sort((a, b) => a.i - b.i);
}

/** Opens an actor or tie found by search; if it does not exist at the date in view, goes to when it begins. */
export function openFound(app: AppState, type: 'actor' | 'tie' | 'event', id: string) {
	if (type === 'event') return openEvent(app, id);
	if (type === 'tie' && !app.graph.statusAt(id, app.day)) {
		const start = tieExtent(app.graph.tiesById.get(id)!)?.start;
		if (start !== undefined) app.setDay(start);
	}
	if (type === 'actor' && !app.graph.actorAt(id, app.day)) {
		const from = app.graph.actorsById.get(id)?.exists?.from;
		if (from) app.setDay(firstDay(partialDate(from)));
	}
	app.select({ type, id });
}

/** The events dated on a day (a partial date counts on its first day), in data order. */
export function eventsOn(app: AppState, day: number) {
	return app.graph.events.filter((e) => firstDay(partialDate(e.date)) === day);
}
