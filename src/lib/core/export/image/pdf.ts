/**
 * A one-page PDF that holds one JPEG picture filling the page. Written by hand (PDF 1.4, a
 * handful of objects and an exact cross-reference table), so no PDF library is needed.
 */
export interface PdfImage {
	jpeg: Uint8Array;
	/** Pixel size of the JPEG. */
	width: number;
	height: number;
}

export function writePdf(
	image: PdfImage,
	page: { width: number; height: number },
	title = 'Tieline'
): Uint8Array {
	if (image.jpeg[0] !== 0xff || image.jpeg[1] !== 0xd8)
		throw new Error('writePdf: the picture is not a JPEG');
	const enc = new TextEncoder();
	const chunks: Uint8Array[] = [];
	const offsets: number[] = [];
	let length = 0;
	const push = (part: string | Uint8Array) => {
		const bytes = typeof part === 'string' ? enc.encode(part) : part;
		chunks.push(bytes);
		length += bytes.length;
	};
	const object = (n: number, body: string | (string | Uint8Array)[]) => {
		offsets[n] = length;
		push(`${n} 0 obj\n`);
		for (const part of Array.isArray(body) ? body : [body]) push(part);
		push('\nendobj\n');
	};
	const w = page.width.toFixed(2);
	const h = page.height.toFixed(2);
	const draw = `q ${w} 0 0 ${h} 0 0 cm /Im1 Do Q`;
	// A text string in UTF-16BE with a byte-order mark, so any title (日本語, ·, –) survives.
	let hexTitle = 'FEFF';
	for (let i = 0; i < title.length; i++)
		hexTitle += title.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();

	push('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n');
	object(1, '<< /Type /Catalog /Pages 2 0 R >>');
	object(2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
	object(
		3,
		`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>`
	);
	object(4, [
		`<< /Type /XObject /Subtype /Image /Width ${image.width} /Height ${image.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${image.jpeg.length} >>\nstream\n`,
		image.jpeg,
		'\nendstream'
	]);
	object(5, `<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`);
	object(6, `<< /Title <${hexTitle}> /Producer (Tieline) >>`);
	const xref = length;
	push(`xref\n0 7\n0000000000 65535 f \n`);
	for (let n = 1; n <= 6; n++) push(`${String(offsets[n]).padStart(10, '0')} 00000 n \n`);
	push(`trailer\n<< /Size 7 /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xref}\n%%EOF\n`);

	const out = new Uint8Array(length);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return out;
}
