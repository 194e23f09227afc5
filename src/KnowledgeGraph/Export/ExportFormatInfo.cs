using System.Collections.Immutable;

namespace KnowledgeGraph.Export;

/// <summary>
/// What a client needs to know about an <see cref="ExportFormat"/>: the name used in <c>?format=</c>, the media
/// type, the file extension, a display name and a description. <see cref="All"/> is the one list of formats that
/// the API, its OpenAPI document and the explorer read.
/// </summary>
public sealed record ExportFormatInfo
{
    private static readonly ImmutableArray<ExportFormatInfo> Formats = ExportWriters.All;

    private static readonly ImmutableDictionary<string, ExportFormat> ByName = Formats
        .SelectMany(f => f.Aliases.Prepend(f.Name).Append(f.Format.ToString()).Select(n => (Name: n, f.Format)))
        .ToImmutableDictionary(x => x.Name, x => x.Format, StringComparer.OrdinalIgnoreCase);

    internal ExportFormatInfo(
        ExportFormat format, string name, string displayName, string mediaType, string extension,
        Action<ExportSelection, ExportOptions, Stream> writer, string description, params string[] aliases)
    {
        Format = format;
        Name = name;
        DisplayName = displayName;
        MediaType = mediaType;
        FileExtension = extension;
        IsText = mediaType != "application/zip";
        Writer = writer;
        Description = description;
        Aliases = [.. aliases];
    }

    /// <summary>Gets every supported format, in the registry's order (the order the API lists them in).</summary>
    public static ImmutableArray<ExportFormatInfo> All => Formats;

    /// <summary>Gets the canonical names of the supported formats (<c>graphml</c>, <c>gexf</c>, ...), for messages that list them.</summary>
    public static ImmutableArray<string> Names { get; } = [.. Formats.Select(f => f.Name)];

    /// <summary>Gets the format.</summary>
    public ExportFormat Format { get; }

    /// <summary>Gets the canonical lowercase name used in <c>?format=</c>, e.g. <c>graphml</c> or <c>turtle</c>.</summary>
    public string Name { get; }

    /// <summary>Gets other names <see cref="TryParse"/> accepts, e.g. <c>ttl</c> for <c>turtle</c>.</summary>
    public ImmutableArray<string> Aliases { get; }

    /// <summary>Gets a name for people, e.g. "GEXF 1.2 (Gephi, NetworkX)".</summary>
    public string DisplayName { get; }

    /// <summary>Gets one sentence on what the format holds and which tools read it.</summary>
    public string Description { get; }

    /// <summary>Gets the media type without parameters, e.g. <c>text/turtle</c>.</summary>
    public string MediaType { get; }

    /// <summary>Gets the value for a <c>Content-Type</c> header: the media type, with <c>charset=utf-8</c> for <c>text/*</c> types.</summary>
    public string ContentType => MediaType.StartsWith("text/", StringComparison.Ordinal) ? MediaType + "; charset=utf-8" : MediaType;

    /// <summary>Gets the file extension with its leading dot, e.g. <c>.graphml</c>.</summary>
    public string FileExtension { get; }

    /// <summary>Gets whether the output is UTF-8 text (every format but the Neo4j zip).</summary>
    public bool IsText { get; }

    /// <summary>Gets the writer.</summary>
    internal Action<ExportSelection, ExportOptions, Stream> Writer { get; }

    /// <summary>Gets the information about a format.</summary>
    /// <param name="format">The format.</param>
    /// <returns>Its information.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a supported format.</exception>
    public static ExportFormatInfo Get(ExportFormat format) =>
        Formats.FirstOrDefault(f => f.Format == format)
        ?? throw new ArgumentOutOfRangeException(nameof(format), format, $"{format} is not an export format; supported: {string.Join(", ", Names)}.");

    /// <summary>
    /// Parses a format name as given in <c>?format=</c>: a canonical <see cref="Name"/>, one of its
    /// <see cref="Aliases"/> or the enum member's name, ignoring case and surrounding blanks.
    /// </summary>
    /// <param name="name">The name, e.g. <c>graphml</c>, <c>ttl</c> or <c>neo4j</c>.</param>
    /// <param name="format">The format when the result is <see langword="true"/>.</param>
    /// <returns>Whether the name denotes a supported format.</returns>
    public static bool TryParse(string? name, out ExportFormat format)
    {
        format = ExportFormat.Unspecified;
        return !string.IsNullOrWhiteSpace(name) && ByName.TryGetValue(name.Trim(), out format);
    }

    /// <summary>Gets a download file name for this format, e.g. <c>graph.graphml</c> for the base name <c>graph</c>.</summary>
    /// <param name="baseName">The file name without extension.</param>
    /// <returns>The base name followed by <see cref="FileExtension"/>.</returns>
    public string FileName(string baseName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(baseName);
        return baseName + FileExtension;
    }
}
