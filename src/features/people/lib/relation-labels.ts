import { peopleDa } from '@/i18n';
import { peopleEn } from '@/i18n';

import type { RelationLabels } from '@/domain';

/** Preset labels in every language, to recognise "Mor" or "Mother" typed before presets existed. */
export const RELATION_LABELS: readonly RelationLabels[] = [peopleDa.relations, peopleEn.relations];
