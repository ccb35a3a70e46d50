import type { Lang } from '../schema/common.ts';
import { en } from './messages-en.ts';
import { ja } from './messages-ja.ts';
import { lensEn } from './messages-lens-en.ts';
import { lensJa } from './messages-lens-ja.ts';
import { pairsEn, pairsJa } from './messages-pairs.ts';
import { storyEn } from './messages-story-en.ts';
import { storyJa } from './messages-story-ja.ts';
import { videoEn } from './messages-video-en.ts';
import { videoJa } from './messages-video-ja.ts';

/** Interface words in both languages (one file each). Data carries its own translations. */
export type MessageKey =
	| keyof typeof en
	| keyof typeof lensEn
	| keyof typeof pairsEn
	| keyof typeof storyEn
	| keyof typeof videoEn;

export const MESSAGES: Record<Lang, Record<MessageKey, string>> = {
	en: { ...en, ...lensEn, ...pairsEn, ...storyEn, ...videoEn },
	ja: { ...ja, ...lensJa, ...pairsJa, ...storyJa, ...videoJa }
};

export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
	return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}
