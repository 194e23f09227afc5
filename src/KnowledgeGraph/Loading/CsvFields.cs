namespace KnowledgeGraph.Loading;

/// <summary>Splits a CSV line into fields (RFC 4180 quoting on one line), without allocating for unquoted lines.</summary>
internal static class CsvFields
{
    /// <summary>
    /// Splits <paramref name="line"/> at commas. Fields are ranges into <paramref name="text"/>: the line itself, or,
    /// when a field is quoted, a copy in <paramref name="scratch"/> with the quotes removed.
    /// </summary>
    /// <param name="line">The line without its line end.</param>
    /// <param name="fields">Receives the first fields' ranges (further fields are counted only).</param>
    /// <param name="scratch">A reusable buffer for unquoted copies; grown as needed.</param>
    /// <param name="text">The bytes the ranges point into.</param>
    /// <param name="error">Why the line cannot be split, when the result is -1.</param>
    /// <returns>The number of fields, or -1 for a malformed quoted field.</returns>
    public static int Split(ReadOnlySpan<byte> line, Span<Range> fields, scoped ref byte[]? scratch, out ReadOnlySpan<byte> text, out string? error)
    {
        error = null;
        text = line;
        if (line.IndexOf((byte)'"') < 0)
        {
            var count = 0;
            var start = 0;
            while (true)
            {
                var comma = line[start..].IndexOf((byte)',');
                var end = comma < 0 ? line.Length : start + comma;
                if (count < fields.Length)
                {
                    fields[count] = start..end;
                }

                count++;
                if (comma < 0)
                {
                    return count;
                }

                start = end + 1;
            }
        }

        return SplitQuoted(line, fields, ref scratch, out text, out error);
    }

    private static int SplitQuoted(ReadOnlySpan<byte> line, Span<Range> fields, scoped ref byte[]? scratch, out ReadOnlySpan<byte> text, out string? error)
    {
        if (scratch is null || scratch.Length < line.Length)
        {
            scratch = new byte[Math.Max(256, line.Length)];
        }

        var output = scratch.AsSpan();
        var written = 0;
        var count = 0;
        var i = 0;
        error = null;
        text = default;
        while (true)
        {
            var fieldStart = written;
            if (i < line.Length && line[i] == (byte)'"')
            {
                var column = i + 1;
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        error = $"the quoted field at column {column} has no closing quote (a field may not span lines)";
                        return -1;
                    }

                    if (line[i] == (byte)'"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == (byte)'"')
                        {
                            output[written++] = (byte)'"';
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    output[written++] = line[i++];
                }

                if (i < line.Length && line[i] != (byte)',')
                {
                    error = $"the quoted field at column {column} is followed by text after its closing quote";
                    return -1;
                }
            }
            else
            {
                while (i < line.Length && line[i] != (byte)',')
                {
                    output[written++] = line[i++];
                }
            }

            if (count < fields.Length)
            {
                fields[count] = fieldStart..written;
            }

            count++;
            if (i >= line.Length)
            {
                text = output[..written];
                return count;
            }

            i++;
        }
    }
}
