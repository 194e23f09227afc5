// Where the explorer opens when the address names no view: the neighbourhood of the best-connected entity, by the
// API's degree ranking under the current filters, so the first screen is a drawn graph of whatever data is loaded.

import { api } from './api';
import type { Filters } from './filters';

export interface HomeEntity {
  id: string;
  name: string;
}

/**
 * The entity with the most relations the filters allow, or null when the graph has none or the ranking cannot be
 * had (the page then opens empty, as before, rather than not at all).
 */
export async function bestConnectedEntity(filters: Filters): Promise<HomeEntity | null> {
  const params = new URLSearchParams({ measure: 'degree', limit: '1' });
  if (filters.includeUncertain) {
    params.set('includeUncertain', 'true');
  }
  try {
    const top = (await api.ranking(params)).items[0];
    return top ? { id: top.id, name: top.name } : null;
  } catch {
    return null;
  }
}
