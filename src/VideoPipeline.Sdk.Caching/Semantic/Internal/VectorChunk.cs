namespace VideoPipeline.Sdk.Caching.Semantic.Internal;

/// <summary>
/// One block of slots of a <see cref="VectorIndex"/>, stored as a struct of arrays: the normalized float32 vectors row after
/// row, their sign codes row after row, and their ids. Blocks have a fixed capacity (only the first block starts smaller and
/// grows), so the index grows without copying or re-allocating its large arrays.
/// </summary>
internal sealed class VectorChunk
{
    public VectorChunk(int capacity, int dimensions, int codeWords)
    {
        Capacity = capacity;
        Vectors = new float[capacity * dimensions];
        Codes = new ulong[capacity * codeWords];
        Ids = new long[capacity];
    }

    /// <summary>Gets the number of slots.</summary>
    public int Capacity { get; }

    /// <summary>Gets the vectors: slot <c>i</c> is at <c>[i * dimensions, (i + 1) * dimensions)</c>.</summary>
    public float[] Vectors { get; }

    /// <summary>Gets the sign codes: slot <c>i</c> is at <c>[i * codeWords, (i + 1) * codeWords)</c>.</summary>
    public ulong[] Codes { get; }

    /// <summary>Gets the ids of the slots.</summary>
    public long[] Ids { get; }

    /// <summary>Gets the bytes held by the three arrays.</summary>
    public long Bytes => (Vectors.Length * (long)sizeof(float)) + (Codes.Length * (long)sizeof(ulong)) + (Ids.Length * (long)sizeof(long));

    /// <summary>Copies the first <paramref name="count"/> slots into a new, larger chunk.</summary>
    public VectorChunk Grow(int capacity, int count, int dimensions, int codeWords)
    {
        var grown = new VectorChunk(capacity, dimensions, codeWords);
        Vectors.AsSpan(0, count * dimensions).CopyTo(grown.Vectors);
        Codes.AsSpan(0, count * codeWords).CopyTo(grown.Codes);
        Ids.AsSpan(0, count).CopyTo(grown.Ids);
        return grown;
    }
}
