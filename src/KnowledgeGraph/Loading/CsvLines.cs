using Microsoft.Win32.SafeHandles;

namespace KnowledgeGraph.Loading;

/// <summary>Receives the lines of a range of a CSV file, as spans into the reader's buffer (valid during the call).</summary>
internal interface ICsvLineSink
{
    /// <summary>Handles one line, without its line end.</summary>
    /// <returns><see langword="false"/> to stop reading.</returns>
    bool Line(ReadOnlySpan<byte> line);

    /// <summary>Counts bytes consumed since the previous call.</summary>
    void Consumed(long bytes);
}

/// <summary>Reads lines of a file range with positional reads, so that several threads can read one file at once.</summary>
internal static class CsvLines
{
    private const int BufferSize = 1 << 20;

    /// <summary>
    /// Calls the sink for every line that starts in [<paramref name="start"/>, <paramref name="end"/>): a line starts at
    /// offset 0 or after a <c>\n</c>. With <paramref name="startIsLineStart"/> unset, the line that <paramref name="start"/>
    /// falls in belongs to the previous range and is skipped. A trailing <c>\r</c> is removed from each line.
    /// </summary>
    public static void Read<TSink>(SafeFileHandle file, long fileLength, long start, long end, bool startIsLineStart, ref TSink sink, CancellationToken cancellationToken)
        where TSink : struct, ICsvLineSink
    {
        var buffer = new byte[BufferSize];
        var length = 0;
        var bufferStart = startIsLineStart || start == 0 ? start : start - 1;
        var readPosition = bufferStart;
        var skipping = !startIsLineStart && start > 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (length == buffer.Length)
            {
                // A line longer than the buffer.
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = readPosition >= fileLength ? 0 : RandomAccess.Read(file, buffer.AsSpan(length), readPosition);
            readPosition += read;
            length += read;
            var atEnd = read == 0 || readPosition >= fileLength;
            var data = buffer.AsSpan(0, length);
            var position = 0;
            if (skipping)
            {
                var newline = data.IndexOf((byte)'\n');
                if (newline < 0)
                {
                    if (atEnd)
                    {
                        return;
                    }

                    bufferStart += length;
                    length = 0;
                    continue;
                }

                position = newline + 1;
                skipping = false;
            }

            while (true)
            {
                if (bufferStart + position >= end)
                {
                    sink.Consumed(position);
                    return;
                }

                var rest = data[position..];
                var newline = rest.IndexOf((byte)'\n');
                if (newline < 0)
                {
                    if (!atEnd)
                    {
                        break;
                    }

                    if (rest.Length > 0)
                    {
                        sink.Line(TrimCarriageReturn(rest));
                    }

                    sink.Consumed(length);
                    return;
                }

                if (!sink.Line(TrimCarriageReturn(rest[..newline])))
                {
                    return;
                }

                position += newline + 1;
            }

            data[position..].CopyTo(buffer);
            length -= position;
            bufferStart += position;
            sink.Consumed(position);
        }
    }

    /// <summary>Reads a file's first line (its header), without a UTF-8 byte order mark.</summary>
    /// <returns>The header, or <see langword="null"/> when the file is empty or its first line is longer than 1 MiB.</returns>
    public static byte[]? ReadHeader(SafeFileHandle file, long fileLength, out long dataStart)
    {
        var buffer = new byte[(int)Math.Min(fileLength, BufferSize)];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = RandomAccess.Read(file, buffer.AsSpan(length), length);
            if (read == 0)
            {
                break;
            }

            length += read;
        }

        ReadOnlySpan<byte> data = buffer.AsSpan(0, length);
        var newline = data.IndexOf((byte)'\n');
        if (length == 0 || (newline < 0 && fileLength > length))
        {
            dataStart = 0;
            return null;
        }

        var line = newline < 0 ? data : data[..newline];
        dataStart = newline < 0 ? length : newline + 1;
        line = TrimCarriageReturn(line);
        return (line.StartsWith("\uFEFF"u8) ? line[3..] : line).ToArray();
    }

    private static ReadOnlySpan<byte> TrimCarriageReturn(ReadOnlySpan<byte> line) =>
        line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line;
}
