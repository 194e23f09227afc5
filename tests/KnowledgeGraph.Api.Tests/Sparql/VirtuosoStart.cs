namespace KnowledgeGraph.Api.Tests.Sparql;

/// <summary>
/// Starts the one Virtuoso server of the test run as the assembly's tests begin, so that its database is created
/// while the other fixtures run, and stops it when they end; <see cref="SparqlStoreTests"/> waits for it.
/// </summary>
[SetUpFixture]
public sealed class VirtuosoStart
{
    private static Task<VirtuosoServer>? starting;

    /// <summary>Gets the starting server, or null when Virtuoso is not installed.</summary>
    internal static Task<VirtuosoServer>? Server => starting;

    [OneTimeSetUp]
    public void Start()
    {
        if (VirtuosoServer.IsInstalled)
        {
            starting = Task.Run(() => VirtuosoServer.StartAsync(Path.Combine(ApiFactory.RepositoryRoot, "artifacts")));
        }
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (starting is not null)
        {
            try
            {
                await (await starting).DisposeAsync();
            }
            catch (Exception ex) when (ex is InvalidOperationException or TimeoutException)
            {
                // The start failed; SparqlStoreTests reported it.
            }
            finally
            {
                starting.Dispose();
                starting = null;
            }
        }
    }
}
