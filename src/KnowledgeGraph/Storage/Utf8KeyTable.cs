using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace KnowledgeGraph.Storage;

/// <summary>
/// A hash index over the strings of a <see cref="Utf8StringPool"/> (open addressing, linear probing): finds
/// the ordinal of a UTF-8 key without decoding it or allocating. Each slot keeps 32 bits of the key's hash,
/// so most mismatching probes never touch the pool. Safe for concurrent lookups once filled.
/// </summary>
internal sealed class Utf8KeyTable
{
    private readonly Utf8StringPool pool;
    private int[] slots;
    private uint[] hashes;
    private int mask;

    public Utf8KeyTable(Utf8StringPool pool, int capacity = 16)
    {
        this.pool = pool;
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2));
        slots = new int[size];
        hashes = new uint[size];
        mask = size - 1;
    }

    /// <summary>Gets the number of keys.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the bytes the table's arrays take.</summary>
    public long ArrayBytes => 8L * slots.LongLength;

    /// <summary>Hashes UTF-8 bytes (a multiply-xorshift over 8-byte words; not for untrusted adversarial keys).</summary>
    public static uint Hash(ReadOnlySpan<byte> key)
    {
        var h = 0x9E3779B97F4A7C15UL ^ (ulong)key.Length;
        while (key.Length >= 8)
        {
            h = (h ^ BinaryPrimitives.ReadUInt64LittleEndian(key)) * 0xFF51AFD7ED558CCDUL;
            h ^= h >> 32;
            key = key[8..];
        }

        ulong tail = 0;
        foreach (var b in key)
        {
            tail = (tail << 8) | b;
        }

        h = (h ^ tail) * 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 29;
        h *= 0x9E3779B97F4A7C15UL;
        return (uint)(h >> 32);
    }

    /// <summary>Adds pool string <paramref name="ordinal"/> as a key.</summary>
    /// <returns>-1 when added, else the ordinal already holding an equal key (nothing is added).</returns>
    public int Add(int ordinal)
    {
        if ((Count + 1) * 2 > slots.Length)
        {
            Grow();
        }

        var key = pool[ordinal];
        var hash = Hash(key);
        var slot = Probe(key, hash);
        if (slots[slot] != 0)
        {
            return slots[slot] - 1;
        }

        slots[slot] = ordinal + 1;
        hashes[slot] = hash;
        Count++;
        return -1;
    }

    /// <summary>Finds the ordinal of a key.</summary>
    /// <returns>The ordinal, or -1 when the key is not in the table.</returns>
    public int Find(ReadOnlySpan<byte> key) => slots[Probe(key, Hash(key))] - 1;

    /// <summary>Finds the ordinal of a key given as a string.</summary>
    /// <returns>The ordinal, or -1 when the key is not in the table.</returns>
    public int Find(string key)
    {
        var length = Encoding.UTF8.GetMaxByteCount(key.Length);
        Span<byte> buffer = length <= 256 ? stackalloc byte[256] : new byte[length];
        return Find(buffer[..Encoding.UTF8.GetBytes(key, buffer)]);
    }

    // The slot that holds the key, or the empty slot where it would go.
    private int Probe(ReadOnlySpan<byte> key, uint hash)
    {
        var slot = (int)hash & mask;
        while (true)
        {
            var entry = slots[slot];
            if (entry == 0 || (hashes[slot] == hash && pool[entry - 1].SequenceEqual(key)))
            {
                return slot;
            }

            slot = (slot + 1) & mask;
        }
    }

    private void Grow()
    {
        var oldSlots = slots;
        var oldHashes = hashes;
        slots = new int[oldSlots.Length * 2];
        hashes = new uint[oldSlots.Length * 2];
        mask = slots.Length - 1;
        for (var i = 0; i < oldSlots.Length; i++)
        {
            if (oldSlots[i] != 0)
            {
                var slot = (int)oldHashes[i] & mask;
                while (slots[slot] != 0)
                {
                    slot = (slot + 1) & mask;
                }

                slots[slot] = oldSlots[i];
                hashes[slot] = oldHashes[i];
            }
        }
    }
}
