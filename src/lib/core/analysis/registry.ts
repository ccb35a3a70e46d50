import { egoTool } from './ego-tool.ts';
import { matrixTool } from './matrix-tool.ts';
import { measuresTool } from './measures-tool.ts';
import { pathsTool } from './paths-tool.ts';
import type { TemporalGraph } from '../model/temporal-graph.ts';
import { parseParams, type AnyTool } from './tool.ts';

/** Every analysis, in the order a panel lists them. Adding a tool: write its file, list it here. */
export const TOOLS = [
	egoTool,
	pathsTool,
	measuresTool,
	matrixTool
] as const satisfies readonly AnyTool[];

export type Tool = (typeof TOOLS)[number];
export type ToolId = Tool['id'];
/** What each tool returns, by id. */
export type ToolResult<Id extends ToolId> = ReturnType<Extract<Tool, { id: Id }>['run']>;

export const TOOL_IDS: readonly string[] = TOOLS.map((t) => t.id);

export function toolById(id: string): AnyTool | undefined {
	return (TOOLS as readonly AnyTool[]).find((t) => t.id === id);
}

/**
 * Runs a tool on raw parameters (from a form, a URL or the command line): validates them, fills
 * defaults, runs. Throws `ToolParamError` for bad parameters or unknown ids.
 */
export function runTool<Id extends ToolId>(
	graph: TemporalGraph,
	id: Id,
	raw: Record<string, unknown>
): ToolResult<Id> {
	const tool = toolById(id);
	if (!tool)
		throw new RangeError(`analysis/registry: unknown tool "${id}"; known: ${TOOL_IDS.join(', ')}.`);
	return tool.run(graph, parseParams(tool, raw)) as ToolResult<Id>;
}
