// A typed client of the public REST API (the same routes Swagger UI documents); no private endpoints.

export type Certainty = 'stated' | 'reported' | 'hedged' | 'hypothetical' | 'denied';
export type Polarity = 'cooperative' | 'conflictual' | 'neutral';

export interface EntityListItem {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  role: string | null;
  score: number | null;
  matchedText: string | null;
  matchKind: string | null;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface TimeDto {
  point: string | null;
  start: string | null;
  end: string | null;
  precision: string | null;
  text: string;
}

export interface CitationDto {
  outlet: string;
  outletEntity: string | null;
  title: string | null;
  url: string | null;
  accessed: string | null;
}

export interface EvidenceDto {
  document: string | null;
  paragraph: number | null;
  footnote: number | null;
  note: string | null;
  background: boolean;
  citation: CitationDto | null;
}

export interface RelationDto {
  id: string;
  type: string;
  label: string;
  source: string;
  sourceName: string;
  target: string;
  targetName: string;
  time: TimeDto | null;
  certainty: Certainty;
  polarity: Polarity;
  implicit: boolean;
  qualifiers: Record<string, string>;
  evidence: EvidenceDto[];
  sentence: string;
}

export interface EntityDetailDto {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  demonyms: string[];
  metonyms: string[];
  role: string | null;
  description: string | null;
  identifiers: Record<string, string>;
  isolated: string | null;
  relations: RelationDto[];
}

export interface NodeDto {
  id: string;
  name: string;
  kind: string;
  distance: number;
}

export interface NeighbourhoodResponse {
  center: string;
  depth: number;
  nodes: NodeDto[];
  edges: RelationDto[];
  truncated: boolean;
  truncationReason: string | null;
}

export interface PathStepDto {
  relation: string;
  from: string;
  to: string;
  alongDirection: boolean;
  explanation: string;
}

export interface PathDto {
  length: number;
  nodes: NodeDto[];
  edges: RelationDto[];
  steps: PathStepDto[];
  explanation: string;
}

export interface PathsResponse {
  from: string;
  to: string;
  paths: PathDto[];
  truncated: boolean;
  truncationReason: string | null;
}

export interface RelationTypeDto {
  name: string;
  label: string;
  inverseLabel: string;
  description: string;
  sourceKinds: string[];
  targetKinds: string[];
  symmetric: boolean;
  polarity: Polarity;
  cameo: string | null;
  relations: number;
}

export interface EntityKindDto {
  name: string;
  description: string;
  entities: number;
}

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
    getJson<Page<EntityListItem>>('api/entities', new URLSearchParams({ search: text, limit: String(limit) }), signal),
  entity: (id: string, signal?: AbortSignal) => getJson<EntityDetailDto>(`api/entities/${encodeURIComponent(id)}`, undefined, signal),
  neighbourhood: (id: string, params: URLSearchParams, signal?: AbortSignal) =>
    getJson<NeighbourhoodResponse>(`api/entities/${encodeURIComponent(id)}/neighbourhood`, params, signal),
  paths: (params: URLSearchParams, signal?: AbortSignal) => getJson<PathsResponse>('api/paths', params, signal),
  relationTypes: () => getJson<RelationTypeDto[]>('api/relation-types'),
  entityKinds: () => getJson<EntityKindDto[]>('api/entity-kinds'),
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
