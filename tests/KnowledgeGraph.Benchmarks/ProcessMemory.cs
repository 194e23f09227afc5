namespace KnowledgeGraph.Benchmarks;

/// <summary>Resident memory of this process from /proc/self/status (Linux), in MiB; NaN elsewhere.</summary>
internal static class ProcessMemory
{
    /// <summary>Gets the resident set size now (VmRSS).</summary>
    public static double ResidentMiB() => Read("VmRSS:");

    /// <summary>Gets the peak resident set size of this process image (VmHWM).</summary>
    public static double PeakResidentMiB() => Read("VmHWM:");

    /// <summary>Collects garbage and gives free memory back to the system, so that RSS shows what the process keeps.</summary>
    public static void Settle()
    {
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }

    private static double Read(string key)
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status))
        {
            return double.NaN;
        }

        foreach (var line in File.ReadLines(status))
        {
            if (line.StartsWith(key, StringComparison.Ordinal))
            {
                var kib = long.Parse(line[key.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
                return kib / 1024.0;
            }
        }

        return double.NaN;
    }
}
