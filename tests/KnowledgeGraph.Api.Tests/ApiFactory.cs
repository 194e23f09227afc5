using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeGraph.Api.Tests;

/// <summary>The real API host over the repository's real graph-data/.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
}
