import type { DataInput, ReadOne, ReadResult } from '../raw-input.ts';
import { readCsv } from './csv.ts';
import type { MappingOverride } from './csv-mapping.ts';
import { addEndActors } from './end-actors.ts';
import { readGexf } from './gexf.ts';
import { readGraphml } from './graphml.ts';
import { readJson } from './json.ts';
import { readInputsWith } from './read-inputs.ts';
import { YAML_FILE } from './yaml-inputs.ts';
import { readYaml } from './yaml.ts';

export { YAML_FILE };

/** The readers by file name. JSON is YAML; its reader takes a fast path when the file is sound. */
function readerFor(
	path: string
): ((file: string, text: string, mapping?: MappingOverride) => ReadOne) | undefined {
	if (/\.json$/i.test(path)) return readJson;
	if (YAML_FILE.test(path)) return readYaml;
	if (/\.gexf$/i.test(path)) return readGexf;
	if (/\.graphml$/i.test(path)) return readGraphml;
	if (/\.csv$/i.test(path)) return readCsv;
	return undefined;
}

/** Decodes, normalises and reads every input into raw documents, in path order. */
export function readInputs(
	inputs: readonly DataInput[],
	onFile?: (file: string, index: number, of: number) => void
): ReadResult {
	const result = readInputsWith(inputs, readerFor, onFile);
	addEndActors(result.documents);
	return result;
}
