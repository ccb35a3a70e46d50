import type { Lang } from '../schema/common.ts';
import { en } from './messages-en.ts';
import { ja } from './messages-ja.ts';
import { lensEn } from './messages-lens-en.ts';
import { lensJa } from './messages-lens-ja.ts';
import { storyEn } from './messages-story-en.ts';
import { storyJa } from './messages-story-ja.ts';

/** Interface words in both languages (one file each). Data carries its own translations. */
export type MessageKey = keyof typeof en | keyof typeof lensEn | keyof typeof storyEn;

export const MESSAGES: Record<Lang, Record<MessageKey, string>> = {
	en: { ...en, ...lensEn, ...storyEn },
	ja: { ...ja, ...lensJa, ...storyJa }
};

export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
	return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}
