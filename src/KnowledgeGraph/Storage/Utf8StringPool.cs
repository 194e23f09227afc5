using System.Text;

namespace KnowledgeGraph.Storage;

/// <summary>
/// Many short UTF-8 strings in one byte array with an offset table: no object per string. Strings are
/// decoded to <see cref="string"/> only when a record that shows them is materialised.
/// </summary>
internal sealed class Utf8StringPool
{
    private byte[] bytes;
    private int[] offsets;

    /// <summary>Creates an empty pool with room for about <paramref name="capacity"/> strings.</summary>
    public Utf8StringPool(int capacity = 16)
    {
        bytes = new byte[Math.Max(16, capacity * 8)];
        offsets = new int[Math.Max(2, capacity + 1)];
    }

    /// <summary>Gets the number of strings.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the bytes the pool takes (its arrays' lengths, spare capacity included).</summary>
    public long ArrayBytes => bytes.LongLength + (4L * offsets.LongLength);

    /// <summary>Gets the UTF-8 bytes of string <paramref name="ordinal"/>.</summary>
    public ReadOnlySpan<byte> this[int ordinal] => bytes.AsSpan(offsets[ordinal], offsets[ordinal + 1] - offsets[ordinal]);

    /// <summary>Appends a string; its ordinal is the count before the call.</summary>
    /// <exception cref="InvalidOperationException">The pool would exceed 2 GiB.</exception>
    public int Add(ReadOnlySpan<byte> value)
    {
        var end = offsets[Count];
        if ((long)end + value.Length > Array.MaxLength)
        {
            throw new InvalidOperationException("The text of the strings exceeds 2 GiB.");
        }

        if (end + value.Length > bytes.Length)
        {
            Array.Resize(ref bytes, (int)Math.Min(Array.MaxLength, Math.Max((long)bytes.Length * 2, (long)end + value.Length)));
        }

        if (Count + 2 > offsets.Length)
        {
            Array.Resize(ref offsets, offsets.Length * 2);
        }

        value.CopyTo(bytes.AsSpan(end));
        offsets[Count + 1] = end + value.Length;
        return Count++;
    }

    /// <summary>Decodes string <paramref name="ordinal"/>.</summary>
    public string GetString(int ordinal) => Encoding.UTF8.GetString(this[ordinal]);

    /// <summary>Releases spare capacity once every string is added.</summary>
    public void TrimExcess()
    {
        Array.Resize(ref bytes, offsets[Count]);
        Array.Resize(ref offsets, Count + 1);
    }
}
