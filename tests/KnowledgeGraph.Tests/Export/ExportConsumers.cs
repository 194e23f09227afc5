using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Tests.Export;

/// <summary>
/// Runs the real programs that read our exports (Graphviz dot, NetworkX, rdflib, rapper, Python's csv). A program
/// that is missing skips the test with the command that installs it, except in CI (CI=true), where it fails.
/// </summary>
internal static class ExportConsumers
{
    public const string Python = "/usr/bin/python3";

    private static readonly ConcurrentDictionary<string, bool> Available = new(StringComparer.Ordinal);

    public static string ConsumersDirectory => Path.Combine(TestContext.CurrentContext.TestDirectory, "Export", "Consumers");

    public static void RequireDot() => Require("Graphviz dot", "graphviz", () => Run("dot", ["-V"]).ExitCode == 0);

    public static void RequireRapper() => Require("rapper", "raptor2-utils", () => Run("rapper", ["--version"]).ExitCode == 0);

    public static void RequireProgram(string program, string package, params string[] versionArguments) =>
        Require(program, package, () => Run(program, versionArguments).ExitCode == 0);

    /// <summary>
    /// Gets tests/ftm-check with its npm packages installed from the committed package-lock.json (<c>npm ci</c>, once
    /// per checkout of the lock file), after checking that node and npm are there.
    /// </summary>
    public static string FtmCheckDirectory()
    {
        RequireProgram("node", "nodejs", "--version");
        RequireProgram("npm", "npm", "--version");
        var directory = Path.Combine(RepositoryPaths.Root, "tests", "ftm-check");
        lock (Available)
        {
            var installed = Path.Combine(directory, "node_modules", ".package-lock.json");
            if (!File.Exists(installed) || File.GetLastWriteTimeUtc(installed) < File.GetLastWriteTimeUtc(Path.Combine(directory, "package-lock.json")))
            {
                var ci = Run("npm", ["ci", "--no-audit", "--no-fund", "--prefix", directory]);
                Assert.That(ci.ExitCode, Is.EqualTo(0), $"npm ci in {directory} failed:\n{ci.StandardError}");
            }
        }

        return directory;
    }

    public static void RequirePythonModule(string module, string package) =>
        Require($"the Python module {module}", package, () => File.Exists(Python) && Run(Python, ["-c", $"import {module}"]).ExitCode == 0);

    /// <summary>Runs a consumer script of Export/Consumers with /usr/bin/python3 and parses the JSON it prints.</summary>
    public static JsonElement RunScript(string script, params string[] arguments)
    {
        var result = Run(Python, [Path.Combine(ConsumersDirectory, script), .. arguments]);
        Assert.That(result.ExitCode, Is.EqualTo(0), $"{script} failed:\n{result.StandardError}");
        using var document = JsonDocument.Parse(result.StandardOutput);
        return document.RootElement.Clone();
    }

    public static ProcessResult Run(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return new ProcessResult(-1, string.Empty, ex.Message);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(20)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"{program} did not finish within 20 minutes.");
            }

            return new ProcessResult(process.ExitCode, stdout.Result, stderr.Result);
        }
    }

    private static void Require(string what, string package, Func<bool> probe)
    {
        if (Available.GetOrAdd(what, _ => probe()))
        {
            return;
        }

        var message = $"{what} is not installed; install with: apt-get install -y {package} (or run .ci/install-tools.sh)";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail("In CI every export consumer must be present: " + message);
        }

        Assert.Ignore(message);
    }
}

internal sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError);
