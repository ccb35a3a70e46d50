import type { TemporalGraph } from '$lib/core/model/temporal-graph.ts';
import type { Lang } from '$lib/core/schema/common.ts';
import type { Story } from '$lib/core/schema/story.ts';
import type { Theme } from '$lib/core/visual/theme.ts';
import { download } from './png.ts';
import { loadPdfFonts } from './pdf-fonts.ts';

/**
 * Makes a story's deck (one PDF page per scene, see writeDeckPdf) and saves it; resolves with
 * the file's name. The PDF library and its fonts load on the first call, not with the app.
 */
export async function downloadDeck(
	graph: TemporalGraph,
	story: Story,
	lang: Lang,
	/** Every page in this theme rather than each scene's own. */
	theme?: Theme
): Promise<string> {
	const [{ writeDeckPdf }, fonts] = await Promise.all([
		import('$lib/core/export/image/deck.ts'),
		loadPdfFonts()
	]);
	const pdf = await writeDeckPdf(graph, story, { lang, fonts, ...(theme && { theme }) });
	const name = `tieline-${story.id}-${lang}.pdf`;
	download(new Blob([pdf as BlobPart], { type: 'application/pdf' }), name);
	return name;
}
