namespace KnowledgeGraph.Tests;

/// <summary>Copies a test data set to a fresh temporary folder, so a test may add or change files without touching others.</summary>
internal static class TestDataCopy
{
    /// <summary>Copies every JSON file under <paramref name="source"/> to <c>&lt;temp&gt;/&lt;subfolder&gt;</c>.</summary>
    /// <returns>The new temporary folder (delete it when done); the data is in its <paramref name="subfolder"/>.</returns>
    public static string ToTempFolder(string source, string prefix, string subfolder = "")
    {
        var root = Directory.CreateTempSubdirectory(prefix).FullName;
        foreach (var file in Directory.EnumerateFiles(source, "*.json", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, subfolder, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return root;
    }
}
