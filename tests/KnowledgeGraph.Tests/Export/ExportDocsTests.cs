using KnowledgeGraph.Export;

namespace KnowledgeGraph.Tests.Export;

/// <summary>docs/EXPORT.md's table of formats says what the registry of writers (ExportFormatInfo.All) says.</summary>
public sealed class ExportDocsTests
{
    [Test]
    public void TheFormatsTableOfExportMdMatchesTheRegistry()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "EXPORT.md"));
        var section = text[text.IndexOf("## Formats", StringComparison.Ordinal)..];
        var rows = section.Split('\n')
            .SkipWhile(l => !l.StartsWith("| `ExportFormat`", StringComparison.Ordinal)).Skip(2)
            .TakeWhile(l => l.StartsWith('|'))
            .Select(l => l.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray())
            .ToList();
        static string Code(string cell) => cell.Trim('`');
        Assert.That(rows.Select(r => r[0]), Is.EqualTo(ExportFormatInfo.All.Select(f => $"`{f.Format}`")), "one row per format, in registry order");
        Assert.Multiple(() =>
        {
            foreach (var (row, format) in rows.Zip(ExportFormatInfo.All))
            {
                Assert.That(Code(row[1]), Is.EqualTo(format.Name), $"name of {format.Format}");
                Assert.That(row[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Code), Is.EqualTo(format.Aliases), $"aliases of {format.Format}");
                Assert.That(Code(row[3]), Is.EqualTo(format.MediaType), $"media type of {format.Format}");
                Assert.That(Code(row[4]), Is.EqualTo(format.FileExtension), $"extension of {format.Format}");
            }
        });
    }
}
