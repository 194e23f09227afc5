using System.Collections.Concurrent;
using System.IO.Compression;
using CsCheck;
using KnowledgeGraph.Loading;

namespace KnowledgeGraph.Tests.Loading;

/// <summary>
/// Property-based tests (CsCheck) that apply one to three random edits (<see cref="DataMutation"/>) to the real
/// <c>graph-data/</c> and load the result: the loader must either load it or throw <see cref="GraphDataException"/>
/// whose every problem names its file and, for a file that exists, the line and column; never anything else.
/// Set <c>KG_FUZZ_ITER</c> for a longer run; a failure prints the CsCheck seed that reproduces it.
/// </summary>
public sealed class GraphLoaderFuzzTests
{
    private static readonly IReadOnlyList<GraphDataFile> RealData = GraphDataSource.FromDirectory(RepositoryPaths.GraphData);

    private static readonly Gen<DataMutation> Mutation = Gen.Select(
        Gen.Enum<MutationKind>(), Gen.Int[0, 64], Gen.Int[0, 1_000_000], Gen.Int[0, 255],
        (kind, file, a, b) => new DataMutation(kind, file, a, b));

    private static int Iterations(int normal) =>
        int.TryParse(Environment.GetEnvironmentVariable("KG_FUZZ_ITER"), out var n) && n > 0 ? n : normal;

    [Test]
    public void Load_MutatedRealData_LoadsOrThrowsGraphDataExceptionWithLocatedProblems()
    {
        var outcomes = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        Mutation.Array[1, 3].Sample(
            mutations =>
            {
                var files = Apply(mutations);
                string outcome;
                try
                {
                    var graph = GraphLoader.Load(files);
                    outcome = "loaded";
                    if (mutations is [{ Kind: MutationKind.HarmlessLineEndings or MutationKind.HarmlessByteOrderMark }])
                    {
                        var original = GraphLoader.Load(RealData);
                        Require(graph.Entities.Length == original.Entities.Length && graph.Relations.Length == original.Relations.Length, "a harmless edit changed the graph");
                    }
                }
                catch (GraphDataException ex)
                {
                    CheckProblems(ex, files);
                    outcome = "rejected";
                }

                foreach (var kind in mutations.Select(m => m.Kind).Distinct())
                {
                    outcomes.AddOrUpdate($"{kind} {outcome}", 1, (_, n) => n + 1);
                }
            },
            iter: Iterations(1000),
            print: Describe);

        TestContext.Out.WriteLine(string.Join(", ", outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key}: {o.Value}")));
        Assert.That(outcomes.Keys, Has.Some.EndsWith("rejected").And.Some.EndsWith("loaded"));
    }

    [Test]
    public void Load_MutatedRealDataFromFolderAndZip_ThrowsOnlyGraphDataException()
    {
        Mutation.Array[1, 2].Sample(
            mutations =>
            {
                var files = Apply(mutations);
                var dir = Directory.CreateTempSubdirectory("kg-fuzz-").FullName;
                try
                {
                    using var zip = new MemoryStream();
                    using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
                    {
                        foreach (var file in files)
                        {
                            var path = Path.Combine(dir, file.Path);
                            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                            File.WriteAllBytes(path, file.Content);
                            using var entry = archive.CreateEntry("graph-data/" + file.Path).Open();
                            entry.Write(file.Content);
                        }
                    }

                    var fromFolder = LoadOrProblems(() => Graph.Load(dir));
                    zip.Position = 0;
                    var fromZip = LoadOrProblems(() => Graph.LoadArchive(zip));
                    Require(fromZip == fromFolder, $"a folder and its zip load alike; folder: {fromFolder}; zip: {fromZip}");
                }
                finally
                {
                    Directory.Delete(dir, recursive: true);
                }
            },
            iter: Iterations(1000) / 10,
            print: Describe);
    }

    private static List<GraphDataFile> Apply(IEnumerable<DataMutation> mutations)
    {
        var files = RealData.ToList();
        foreach (var mutation in mutations)
        {
            files = mutation.Apply(files);
        }

        return files;
    }

    private static string Describe(DataMutation[] mutations)
    {
        var files = RealData.ToList();
        var parts = new List<string>();
        foreach (var mutation in mutations)
        {
            parts.Add(mutation.Describe(files));
            files = mutation.Apply(files);
        }

        return string.Join("; then ", parts);
    }

    private static string LoadOrProblems(Func<Graph> load)
    {
        try
        {
            return "loaded " + load().Version;
        }
        catch (GraphDataException ex)
        {
            return string.Join("\n", ex.Problems);
        }
    }

    private static void CheckProblems(GraphDataException ex, IReadOnlyList<GraphDataFile> files)
    {
        Require(!ex.Problems.IsEmpty, "a GraphDataException without problems");
        foreach (var problem in ex.Problems)
        {
            Require(problem.File.Length > 0 && problem.Message.Length > 0, $"a problem without file or message: {problem}");
            Require(problem.JsonPath is null || problem.JsonPath.StartsWith('$'), $"a JSON path that is not one: {problem}");
            Require(problem.Message.Length <= 1_000 && (problem.JsonPath?.Length ?? 0) <= 1_000, $"a problem message of {problem.Message.Length} characters (a long value echoed whole): {problem.ToString()[..Math.Min(300, problem.ToString().Length)]}...");
            var file = files.FirstOrDefault(f => f.Path == problem.File);
            if (file is null || file.Content.Length == 0)
            {
                // A missing vocabulary file, or an empty file, concerns the whole file.
                continue;
            }

            var lines = file.Content.Count(b => b == (byte)'\n') + 1;
            Require(problem.Line is { } line && line >= 1 && line <= lines, $"a problem of an existing file without a line in 1..{lines}: {problem}");
            Require(problem.Column is >= 1, $"a problem of an existing file without a column: {problem}");
        }

        foreach (var problem in ex.Problems.Take(50))
        {
            Require(ex.Message.Contains(problem.ToString(), StringComparison.Ordinal), $"the message does not list {problem}");
        }
    }

    // CsCheck runs samples on its own threads and shrinks on any exception: plain exceptions, not NUnit asserts.
    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}
