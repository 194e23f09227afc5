using System.IO.Compression;

namespace KnowledgeGraph.Loading;

/// <summary>One file of a graph data set: its path relative to the data folder (with '/') and its bytes.</summary>
internal sealed record GraphDataFile(string Path, byte[] Content);

/// <summary>Reads the files of a graph data set from a folder, a zip archive or the library's embedded copy.</summary>
internal static class GraphDataSource
{
    public const string EmbeddedPrefix = "graph-data/";

    public static IReadOnlyList<GraphDataFile> FromDirectory(string directory)
    {
        var root = Path.GetFullPath(directory);
        if (!Directory.Exists(root))
        {
            throw new GraphDataException([new DataProblem(directory, null, null, null, $"The data folder '{root}' does not exist.")]);
        }

        return Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories)
            .Select(f => new GraphDataFile(Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes(f)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
    }

    public static IReadOnlyList<GraphDataFile> FromZip(Stream archive)
    {
        using var zip = new ZipArchive(archive, ZipArchiveMode.Read, leaveOpen: true);
        var files = new List<GraphDataFile>();
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".json", StringComparison.OrdinalIgnoreCase)))
        {
            using var s = entry.Open();
            using var ms = new MemoryStream();
            s.CopyTo(ms);
            files.Add(new GraphDataFile(StripTopFolder(entry.FullName.Replace('\\', '/')), ms.ToArray()));
        }

        return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    public static IReadOnlyList<GraphDataFile> FromEmbedded()
    {
        var assembly = typeof(GraphDataSource).Assembly;
        var files = new List<GraphDataFile>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(EmbeddedPrefix, StringComparison.Ordinal)))
        {
            using var s = assembly.GetManifestResourceStream(name)!;
            using var ms = new MemoryStream();
            s.CopyTo(ms);
            files.Add(new GraphDataFile(name[EmbeddedPrefix.Length..].Replace('\\', '/'), ms.ToArray()));
        }

        return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>Archives made with "zip -r graph-data.zip graph-data" hold one top folder: look inside it.</summary>
    private static string StripTopFolder(string path)
    {
        var known = new[] { "vocabulary/", "entities/", "relations/", "documents/", "schema/" };
        if (known.Any(k => path.StartsWith(k, StringComparison.Ordinal)))
        {
            return path;
        }

        var slash = path.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 ? path[(slash + 1)..] : path;
    }
}
