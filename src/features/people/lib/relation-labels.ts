import { peopleDa } from '../../../i18n/locales/areas/people.da';
import { peopleEn } from '../../../i18n/locales/areas/people.en';

import type { RelationLabels } from '../../../domain/relations';

/** Preset labels in every language, to recognise "Mor" or "Mother" typed before presets existed. */
export const RELATION_LABELS: readonly RelationLabels[] = [peopleDa.relations, peopleEn.relations];
