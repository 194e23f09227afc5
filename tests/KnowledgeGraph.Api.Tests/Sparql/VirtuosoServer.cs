using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace KnowledgeGraph.Api.Tests.Sparql;

/// <summary>
/// A Virtuoso Open Source server (Debian's <c>virtuoso-opensource</c>) of the test's own: a database folder under
/// artifacts/virtuoso/, an ini naming it, free 127.0.0.1 ports for SQL (isql-vt) and HTTP (/sparql), started with
/// <c>virtuoso-t -f -c ini</c> in the foreground and killed, with its folder deleted, on dispose.
/// </summary>
internal sealed class VirtuosoServer : IAsyncDisposable
{
    private readonly Process process;

    private VirtuosoServer(Process process, string directory, int sqlPort, int httpPort)
    {
        this.process = process;
        Directory = directory;
        SqlPort = sqlPort;
        HttpPort = httpPort;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{httpPort}/"), Timeout = TimeSpan.FromMinutes(2) };
    }

    public string Directory { get; }

    public int SqlPort { get; }

    public int HttpPort { get; }

    public HttpClient Http { get; }

    /// <summary>Whether virtuoso-t and isql-vt are installed.</summary>
    public static bool IsInstalled => File.Exists("/usr/bin/virtuoso-t") && File.Exists("/usr/bin/isql-vt");

    public static async Task<VirtuosoServer> StartAsync(string artifacts)
    {
        var directory = Path.Combine(artifacts, "virtuoso", $"db-{Environment.ProcessId}-{Guid.NewGuid():N}"[..24]);
        System.IO.Directory.CreateDirectory(directory);
        var (sqlPort, httpPort) = (FreePort(), FreePort());
        var ini = Path.Combine(directory, "virtuoso.ini");
        await File.WriteAllTextAsync(ini, string.Join('\n',
            "[Database]",
            $"DatabaseFile = {directory}/kg.db",
            $"ErrorLogFile = {directory}/kg.log",
            $"LockFile = {directory}/kg.lck",
            $"TransactionFile = {directory}/kg.trx",
            $"xa_persistent_file = {directory}/kg.pxa",
            "Striping = 0",
            "TempStorage = TempDatabase",
            "[TempDatabase]",
            $"DatabaseFile = {directory}/kg-temp.db",
            $"TransactionFile = {directory}/kg-temp.trx",
            "Striping = 0",
            "[Parameters]",
            $"ServerPort = 127.0.0.1:{sqlPort}",
            "DisableUnixSocket = 1",
            "CheckpointInterval = 0",
            $"DirsAllowed = ., {directory}",
            "NumberOfBuffers = 10000",
            "MaxDirtyBuffers = 6000",
            "[HTTPServer]",
            $"ServerPort = 127.0.0.1:{httpPort}",
            "ServerRoot = /var/lib/virtuoso-opensource-7/vsp",
            "ServerThreads = 4",
            "[SPARQL]",
            "ResultSetMaxRows = 1000000",
            "MaxQueryExecutionTime = 120",
            string.Empty));

        var start = new ProcessStartInfo("/usr/bin/virtuoso-t")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-f", "-c", ini })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new VirtuosoServer(process, directory, sqlPort, httpPort);
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            if (process.HasExited)
            {
                var log = File.Exists(Path.Combine(directory, "kg.log")) ? await File.ReadAllTextAsync(Path.Combine(directory, "kg.log")) : "(no log)";
                await server.DisposeAsync();
                throw new InvalidOperationException($"virtuoso-t exited with {process.ExitCode}:\n{log}");
            }

            if (await server.AnswersAsync())
            {
                return server;
            }

            if (DateTime.UtcNow > deadline)
            {
                await server.DisposeAsync();
                throw new TimeoutException($"Virtuoso did not answer on 127.0.0.1:{httpPort} within 2 minutes.");
            }

            await Task.Delay(300);
        }
    }

    /// <summary>Loads a Turtle file (inside <see cref="Directory"/>) into a named graph with DB.DBA.TTLP_MT through isql-vt.</summary>
    public void LoadTurtle(string path, string graphIri)
    {
        var sql = $"DB.DBA.TTLP_MT(file_to_string_output('{path}'), '', '{graphIri}', 0); checkpoint;";
        var result = Isql(sql);
        if (result.ExitCode != 0 || result.Output.Contains("*** Error", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"isql-vt {SqlPort} could not load {path}:\n{result.Output}");
        }
    }

    public (int ExitCode, string Output) Isql(string sql)
    {
        var start = new ProcessStartInfo("/usr/bin/isql-vt")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { SqlPort.ToString(CultureInfo.InvariantCulture), "dba", "dba", $"exec={sql}" })
        {
            start.ArgumentList.Add(argument);
        }

        using var isql = Process.Start(start)!;
        var stdout = isql.StandardOutput.ReadToEndAsync();
        var stderr = isql.StandardError.ReadToEndAsync();
        if (!isql.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            isql.Kill(entireProcessTree: true);
            throw new TimeoutException("isql-vt did not finish within 10 minutes.");
        }

        return (isql.ExitCode, stdout.Result + stderr.Result);
    }

    /// <summary>Asks a SPARQL SELECT of a graph over HTTP and gives its rows, each variable's value as text.</summary>
    public async Task<List<Dictionary<string, string>>> SelectAsync(string query, string graphIri)
    {
        var url = $"sparql?default-graph-uri={Uri.EscapeDataString(graphIri)}&query={Uri.EscapeDataString(query)}";
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("application/sparql-results+json");
        using var response = await Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"Virtuoso answered {(int)response.StatusCode} to\n{query}\n{body}");
        }

        using var json = JsonDocument.Parse(body);
        return [.. json.RootElement.GetProperty("results").GetProperty("bindings").EnumerateArray()
            .Select(row => row.EnumerateObject().ToDictionary(v => v.Name, v => v.Value.GetProperty("value").GetString()!, StringComparer.Ordinal))];
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open; artifacts/ is scratch space.
        }
    }

    private async Task<bool> AnswersAsync()
    {
        try
        {
            using var response = await Http.GetAsync(new Uri("sparql?query=" + Uri.EscapeDataString("ASK { ?s ?p ?o }"), UriKind.Relative));
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
