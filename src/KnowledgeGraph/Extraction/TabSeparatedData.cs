namespace KnowledgeGraph.Extraction;

/// <summary>The extractor's embedded tab-separated lists (states, well-known bodies): opening them and reading their rows.</summary>
internal static class TabSeparatedData
{
    /// <summary>Opens an embedded file of <c>Extraction/Data</c> by its file name.</summary>
    /// <exception cref="InvalidOperationException">The resource is missing (a packaging error).</exception>
    public static Stream Open(string fileName) =>
        typeof(TabSeparatedData).Assembly.GetManifestResourceStream("KnowledgeGraph.Extraction.Data." + fileName)
            ?? throw new InvalidOperationException($"The embedded {fileName} is missing (a packaging error).");

    /// <summary>The rows of a list: its line number, the line and its tab-separated columns; empty lines and '#' comments are skipped.</summary>
    public static IEnumerable<(int LineNumber, string Line, string[] Columns)> Rows(Stream stream)
    {
        using var reader = new StreamReader(stream, leaveOpen: true);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length > 0 && line[0] != '#')
            {
                yield return (lineNumber, line, line.Split('\t'));
            }
        }
    }

    /// <summary>A column holding a list separated by ';', trimmed, without empty items.</summary>
    public static string[] List(string column) => column.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
