/** What of a Cytoscape instance the guard uses. */
interface Sized {
	resize(): unknown;
	width(): number;
	height(): number;
	renderer(): unknown;
}

/**
 * Cytoscape redraws the whole picture each time its container may have changed size: 100 ms
 * after any change of the container's attributes (it watches them all, and the graph's `data-*`
 * attributes change with every date step), on its ResizeObserver's first report (as the first
 * frame is drawn) and on any resize of the window. At an unchanged size such a frame shows nothing
 * new and costs as much as any (at 50,000 ties, the frame after the first picture took 3.7 s, and
 * a date step drew the picture twice). From here `cy.resize()` redraws only when the container's
 * size is not the one drawn; otherwise it only forgets where on the page the container was (it
 * may have moved), as a resize does. Cytoscape reads the size without padding; the graph's
 * container has none.
 */
export function resizeOnlyWhenResized(
	cy: Sized,
	container: { clientWidth: number; clientHeight: number }
): void {
	const resize = cy.resize.bind(cy);
	cy.resize = () => {
		if (container.clientWidth !== cy.width() || container.clientHeight !== cy.height())
			return resize();
		const r = cy.renderer() as { invalidateContainerClientCoordsCache?: () => void } | null;
		r?.invalidateContainerClientCoordsCache?.();
		return cy;
	};
}
