// The parts of pdfkit and svg-to-pdfkit that Tieline uses (neither ships its own types).
declare module 'pdfkit' {
	export interface PdfKitDocument {
		registerFont(name: string, src: Uint8Array): this;
		addPage(options: { size: [number, number]; margin: number }): this;
		font(name: string): this;
		fontSize(size: number): this;
		fillColor(colour: string): this;
		text(text: string, x: number, y: number, options?: { width?: number; lineGap?: number }): this;
		y: number;
		on(event: 'data', listener: (chunk: Uint8Array) => void): this;
		on(event: 'end', listener: () => void): this;
		on(event: 'error', listener: (e: Error) => void): this;
		end(): void;
	}
	const PDFDocument: new (options: {
		autoFirstPage: boolean;
		font: null;
		lang: string;
		displayTitle: boolean;
		info: Record<string, string>;
	}) => PdfKitDocument;
	export default PDFDocument;
}

declare module 'svg-to-pdfkit' {
	import type { PdfKitDocument } from 'pdfkit';
	export default function SVGtoPDF(
		doc: PdfKitDocument,
		svg: string,
		x: number,
		y: number,
		options: {
			width: number;
			height: number;
			assumePt?: boolean;
			fontCallback?: (family: string, bold: boolean, italic: boolean) => string;
			warningCallback?: (message: string) => void;
		}
	): void;
}
