/** The parameters that choose a page (presenter, speaker notes, embed) rather than a view. */
const ROUTE_PARAMS = ['story', 'scene', 'notes', 'autoplay', 'embed'] as const;

export type PageKind = 'explore' | 'present' | 'notes' | 'embed';

/** What the address asks for: which page, which story and scene, and the view's own parameters. */
export interface PageRoute {
	page: PageKind;
	story: string | null;
	/** The scene shown, counted from 1 as the address writes it; 1 when absent or not a number. */
	scene: number;
	/** Seconds per scene when the presenter advances on its own; null when it does not. */
	autoplay: number | null;
	embed: boolean;
	/** The search string without the route's parameters: the view, for the URL codec. */
	view: string;
}

export function readRoute(search: string): PageRoute {
	const q = new URLSearchParams(search);
	const story = q.get('story') || null;
	const scene = Math.max(1, Math.floor(Number(q.get('scene'))) || 1);
	const seconds = Number(q.get('autoplay'));
	const autoplay = Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 3600) : null;
	const embed = q.get('embed') === '1';
	const notes = q.get('notes') === '1';
	for (const p of ROUTE_PARAMS) q.delete(p);
	const rest = q.toString();
	const page: PageKind = story && notes ? 'notes' : embed ? 'embed' : story ? 'present' : 'explore';
	return { page, story, scene, autoplay, embed, view: rest ? `?${rest}` : '' };
}

/** The address of a scene: presenter, speaker notes or embed, in a language. */
export function sceneSearch(
	story: string,
	scene: number,
	opts: { lang?: string; notes?: boolean; embed?: boolean; autoplay?: number | null } = {}
): string {
	const q = new URLSearchParams();
	q.set('story', story);
	q.set('scene', String(scene));
	if (opts.notes) q.set('notes', '1');
	if (opts.embed) q.set('embed', '1');
	if (opts.autoplay) q.set('autoplay', String(opts.autoplay));
	if (opts.lang && opts.lang !== 'en') q.set('lang', opts.lang);
	return `?${q.toString()}`;
}

/** The embed address of a view: its own search with `embed=1` in front. */
export function embedSearch(viewSearch: string): string {
	const rest = viewSearch.replace(/^\?/, '');
	return `?embed=1${rest ? `&${rest}` : ''}`;
}

/** The snippet to paste into a page: the embed in an iframe, with a title for screen readers. */
export function iframeSnippet(url: string, title: string): string {
	const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
	return `<iframe src="${esc(url)}" title="${esc(title)}" width="960" height="600" style="border:0" loading="lazy"></iframe>`;
}
