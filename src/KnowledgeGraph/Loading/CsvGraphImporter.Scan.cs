using System.Security.Cryptography;
using Microsoft.Win32.SafeHandles;

namespace KnowledgeGraph.Loading;

/// <summary>Pass 1 of the CSV import: line ends and digests per block of both files, read in parallel, and the version they give.</summary>
internal static partial class CsvGraphImporter
{
    /// <summary>Per 4 MiB block of a file: its line ends, whether its last byte is one, and its SHA-256.</summary>
    private sealed class BlockScan(long length)
    {
        public long Length { get; } = length;

        public int Blocks { get; } = (int)((length + BlockSize - 1) / BlockSize);

        public int[] LineEnds { get; } = new int[(length + BlockSize - 1) / BlockSize];

        public bool[] EndsWithLineEnd { get; } = new bool[(length + BlockSize - 1) / BlockSize];

        public byte[][] Digests { get; } = new byte[(length + BlockSize - 1) / BlockSize][];

        /// <summary>Counts the lines that start in blocks [first, last): a line starts at offset 0 or after a line end.</summary>
        public long LinesFrom(int first, int last)
        {
            if (first >= last)
            {
                return 0;
            }

            long lines = first == 0 ? 1 : EndsWithLineEnd[first - 1] ? 1 : 0;
            for (var b = first; b < last; b++)
            {
                lines += LineEnds[b];
            }

            // A line end closing the range starts no line inside it.
            return lines - (EndsWithLineEnd[last - 1] ? 1 : 0);
        }
    }

    private static (BlockScan Nodes, BlockScan Edges) Scan(
        SafeFileHandle nodesFile, long nodesLength, SafeFileHandle edgesFile, long edgesLength,
        CsvImportOptions options, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var nodes = new BlockScan(nodesLength);
        var edges = new BlockScan(edgesLength);
        var total = nodesLength + edgesLength;
        long done = 0;
        var work = Task.Run(() => Parallel.For(
            0,
            nodes.Blocks + edges.Blocks,
            new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Math.Max(1, options.MaxDegreeOfParallelism) },
            () => new byte[BlockSize],
            (i, _, buffer) =>
            {
                var (scan, file, block) = i < nodes.Blocks ? (nodes, nodesFile, i) : (edges, edgesFile, i - nodes.Blocks);
                var offset = (long)block * BlockSize;
                var size = (int)Math.Min(BlockSize, scan.Length - offset);
                var read = 0;
                while (read < size)
                {
                    var n = RandomAccess.Read(file, buffer.AsSpan(read, size - read), offset + read);
                    if (n == 0)
                    {
                        throw new IOException("The file became shorter while it was read.");
                    }

                    read += n;
                }

                var data = buffer.AsSpan(0, size);
                scan.LineEnds[block] = data.Count((byte)'\n');
                scan.EndsWithLineEnd[block] = data[^1] == (byte)'\n';
                scan.Digests[block] = SHA256.HashData(data);
                Interlocked.Add(ref done, size);
                return buffer;
            },
            _ => { }),
            cancellationToken);
        Wait(work, () => progress?.Report(new ImportProgress(ImportPhase.Scanning, Interlocked.Read(ref done), total, 0)));
        progress?.Report(new ImportProgress(ImportPhase.Scanning, total, total, 0));
        return (nodes, edges);
    }

    // Waits for the work, reporting progress meanwhile; unwraps a single exception (cancellation, I/O).
    private static void Wait(Task work, Action report)
    {
        try
        {
            while (!work.Wait(ReportInterval))
            {
                report();
            }
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }

    private static string Version(BlockScan nodes, BlockScan edges)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData("kgbench-csv nodes\n"u8);
        foreach (var digest in nodes.Digests)
        {
            hash.AppendData(digest);
        }

        hash.AppendData("edges\n"u8);
        foreach (var digest in edges.Digests)
        {
            hash.AppendData(digest);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
