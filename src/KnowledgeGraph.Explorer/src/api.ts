// A typed client of the public REST API (the same routes Swagger UI documents); no private endpoints.

// The wire types come from the committed OpenAPI document (docs/openapi.json): src/generated/openapi.d.ts is written
// by openapi-typescript before every type check (npm run generate), so a contract change that breaks the page fails
// its build. Only the names below are the page's own.
import type { components, paths } from './generated/openapi';

type Schemas = components['schemas'];

/** The JSON body of a GET route's 200 response, as the contract declares it for that route. */
type Ok<Route extends keyof paths> = paths[Route] extends { get: { responses: { 200: { content: { 'application/json': infer Body } } } } } ? Body : never;

/** The certainties the page knows (the contract sends a string; an unknown one is shown as it comes). */
export type Certainty = 'stated' | 'reported' | 'hedged' | 'hypothetical' | 'denied';
/** The polarities the page knows (the contract sends a string). */
export type Polarity = 'cooperative' | 'conflictual' | 'neutral';

export type EntityListItem = Schemas['EntityListItem'];
export type TimeDto = Schemas['TimeDto'];
export type CitationDto = Schemas['CitationDto'];
export type EvidenceDto = Schemas['EvidenceDto'];
export type RelationDto = Schemas['RelationDto'];
export type EntityDetailDto = Ok<'/api/entities/{id}'>;
export type NodeDto = Schemas['NeighbourhoodNodeDto'];
export type NeighbourhoodResponse = Ok<'/api/entities/{id}/neighbourhood'>;
export type PathStepDto = Schemas['PathStepDto'];
export type PathDto = Schemas['PathDto'];
export type PathsResponse = Ok<'/api/paths'>;
export type RelationTypeDto = Schemas['RelationTypeDto'];
export type EntityKindDto = Schemas['EntityKindDto'];
export type PositionDto = Schemas['PositionDto'];
export type DocumentDto = Schemas['DocumentDto'];
export type RankingResponse = Ok<'/api/actors/ranking'>;

interface ProblemDetails {
  title?: string;
  detail?: string;
  status?: number;
  errors?: Record<string, string[]>;
}

/** An error response of the API, with the sentence its problem+json body gives. */
export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Resolves an API path against the page, so the explorer also works behind a path prefix. */
export function apiUrl(path: string, params?: URLSearchParams): string {
  const url = new URL(path, document.baseURI);
  if (params) {
    url.search = params.toString();
  }
  return url.pathname + url.search;
}

async function getJson<T>(path: string, params?: URLSearchParams, signal?: AbortSignal): Promise<T> {
  const response = await fetch(apiUrl(path, params), { headers: { Accept: 'application/json' }, signal: signal ?? null });
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    try {
      const problem = (await response.json()) as ProblemDetails;
      const errors = Object.values(problem.errors ?? {}).flat();
      message = errors.length > 0 ? errors.join(' ') : (problem.detail ?? problem.title ?? message);
    } catch {
      // Not problem+json: keep the status line.
    }
    throw new ApiError(response.status, message);
  }
  return (await response.json()) as T;
}

export const api = {
  searchEntities: (text: string, limit: number, signal?: AbortSignal) =>
    getJson<Ok<'/api/entities'>>('api/entities', new URLSearchParams({ search: text, limit: String(limit) }), signal),
  entity: (id: string, params?: URLSearchParams, signal?: AbortSignal) => getJson<EntityDetailDto>(`api/entities/${encodeURIComponent(id)}`, params, signal),
  neighbourhood: (id: string, params: URLSearchParams, signal?: AbortSignal) =>
    getJson<NeighbourhoodResponse>(`api/entities/${encodeURIComponent(id)}/neighbourhood`, params, signal),
  paths: (params: URLSearchParams, signal?: AbortSignal) => getJson<PathsResponse>('api/paths', params, signal),
  relationTypes: () => getJson<Ok<'/api/relation-types'>>('api/relation-types'),
  entityKinds: () => getJson<Ok<'/api/entity-kinds'>>('api/entity-kinds'),
  documents: () => getJson<Ok<'/api/documents'>>('api/documents'),
  ranking: (params: URLSearchParams) => getJson<RankingResponse>('api/actors/ranking', params),
  openApi: () => getJson<OpenApiDocument>('openapi/v1.json'),
};

export interface OpenApiParameter {
  name: string;
  in: string;
  description?: string;
  schema?: { enum?: unknown[]; type?: unknown; items?: { enum?: unknown[] } };
}

export interface OpenApiDocument {
  paths?: Record<string, { get?: { parameters?: OpenApiParameter[] } }>;
}
