using KnowledgeGraph.Api.Services;

namespace KnowledgeGraph.Api.Contracts;

/// <summary>The state of the API and of the graph it serves.</summary>
/// <param name="Status"><c>healthy</c>, or <c>degraded</c> when the latest edit of the data folder was rejected (the last good graph still serves).</param>
/// <param name="DataVersion">A short hash of the data files served.</param>
/// <param name="Entities">The number of entities.</param>
/// <param name="Relations">The number of relations.</param>
/// <param name="DataSource">The data folder, or <c>(embedded)</c>.</param>
/// <param name="Notices">Remarks about the load, such as skipped drafts.</param>
/// <param name="LastReload">The outcome of the latest reload, if any.</param>
public sealed record HealthResponse(string Status, string DataVersion, int Entities, int Relations, string DataSource, IReadOnlyList<string> Notices, ReloadStatus? LastReload);
