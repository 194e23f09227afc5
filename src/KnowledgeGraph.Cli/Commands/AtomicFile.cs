namespace KnowledgeGraph.Cli.Commands;

/// <summary>Writes a file whole or not at all: to a temporary name beside it, then moved over it.</summary>
internal static class AtomicFile
{
    /// <summary>Writes the bytes to the path through a temporary file in the same folder; a failure leaves the old file (or none) in place.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="content">Its content.</param>
    public static void Write(string path, byte[] content)
    {
        var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            File.WriteAllBytes(temporary, content);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
