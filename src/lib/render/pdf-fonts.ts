import { asset } from '$app/paths';
import type { PdfFonts } from '$lib/core/export/image/pdf.ts';

let loading: Promise<PdfFonts> | undefined;

/**
 * The fonts PDFs embed (Noto Sans CJK JP, cut to what Tieline writes: static/fonts/), fetched
 * the first time a PDF is made and kept for the next, so the first load of the app stays small.
 */
export function loadPdfFonts(): Promise<PdfFonts> {
	loading ??= Promise.all(
		(['regular', 'bold'] as const).map(async (weight) => {
			const file = `/fonts/tieline-pdf-sans-${weight}.otf` as const;
			const response = await fetch(asset(file));
			if (!response.ok) throw new Error(`the PDF font ${file} did not load (${response.status})`);
			return new Uint8Array(await response.arrayBuffer());
		})
	).then(([regular, bold]) => ({ regular, bold }));
	loading.catch(() => (loading = undefined));
	return loading;
}
