import type { Lang } from '../schema/common.ts';
import { en } from './messages-en.ts';
import { ja } from './messages-ja.ts';

/** Interface words in both languages (one file each). Data carries its own translations. */
export type MessageKey = keyof typeof en;

export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { en, ja };

export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
	return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}
