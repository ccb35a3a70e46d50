import type { DataInput, ReadResult } from '../raw-input.ts';
import { readInputsWith } from './read-inputs.ts';
import { readYaml } from './yaml.ts';

/** The file names a data folder is read for, the same in the CLI, the build and the app. */
export const YAML_FILE = /\.ya?ml$/;

/**
 * Reads graph-data's own YAML files exactly as `readInputs` does, without the other formats'
 * readers: the app's bundled data is read on every page load, and the XML and CSV parsers are
 * loaded only when someone opens a file of their own.
 */
export function readYamlInputs(inputs: readonly DataInput[]): ReadResult {
	return readInputsWith(inputs, (path) => (YAML_FILE.test(path) ? readYaml : undefined));
}
