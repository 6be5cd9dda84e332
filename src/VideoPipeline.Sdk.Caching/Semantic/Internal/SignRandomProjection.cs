using System.Collections.Concurrent;
using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace VideoPipeline.Sdk.Caching.Semantic.Internal;

/// <summary>
/// Sign random projection (SimHash): a vector's code has one bit per random hyperplane, set when the vector lies on the
/// hyperplane's positive side. For two vectors at angle θ each bit differs with probability θ/π, so the Hamming distance of
/// their codes estimates the angle whatever the data's distribution (non-negative, sparse lexical embeddings included, which
/// the raw signs of their values would not separate). The hyperplanes of each block of <c>dimensions</c> rows are made
/// orthogonal ("super-bit" hashing), which lowers the variance of the estimate below the binomial one that
/// <see cref="DistanceBound"/> assumes, so the bound stays conservative.
/// </summary>
internal sealed class SignRandomProjection
{
    /// <summary>The most bits a code has: 512, so a projection of 384 dimensions is 384 bits and costs 590 KB of hyperplanes.</summary>
    public const int MaxBits = 512;

    private const double StandardDeviations = 3.0;

    private static readonly ConcurrentDictionary<(int Dimensions, int Seed), Lazy<SignRandomProjection>> Shared = new();

    private readonly float[] _hyperplanes;

    public SignRandomProjection(int dimensions, int seed)
    {
        Dimensions = dimensions;
        Bits = BitsFor(dimensions);
        Words = Bits / 64;
        _hyperplanes = CreateHyperplanes(dimensions, Bits, seed);
    }

    public int Dimensions { get; }

    /// <summary>
    /// Returns the projection of these dimensions and seed shared by every index in the process: the prompt cache keeps one
    /// index per request context, and each must not pay for its own hyperplanes. A projection is immutable once built.
    /// </summary>
    public static SignRandomProjection For(int dimensions, int seed) =>
        Shared.GetOrAdd((dimensions, seed), static key => new Lazy<SignRandomProjection>(() => new SignRandomProjection(key.Dimensions, key.Seed))).Value;

    /// <summary>Gets the number of bits of a code: a multiple of 64, from 128 to <see cref="MaxBits"/>.</summary>
    public int Bits { get; }

    /// <summary>Gets the number of 64-bit words of a code.</summary>
    public int Words { get; }

    /// <summary>Gets the bytes held by the hyperplanes.</summary>
    public long MemoryBytes => _hyperplanes.Length * (long)sizeof(float);

    /// <summary>The bits of a code for vectors of <paramref name="dimensions"/> values: the dimensions rounded up to 64, from 128 to 512.</summary>
    public static int BitsFor(int dimensions) => Math.Clamp((int)Math.Min(((dimensions + 63L) / 64) * 64, MaxBits), 128, MaxBits);

    /// <summary>Writes the code of a vector.</summary>
    public void Encode(ReadOnlySpan<float> vector, Span<ulong> code)
    {
        var dimensions = Dimensions;
        var hyperplanes = _hyperplanes.AsSpan();
        code[..Words].Clear();
        var row = 0;
        if (Vector256.IsHardwareAccelerated && dimensions >= Vector256<float>.Count)
        {
            // Eight hyperplanes at a time: eight independent multiply-add chains share each load of the vector.
            for (; row < Bits; row += 8)
            {
                var signs = Dot8(hyperplanes.Slice(row * dimensions, 8 * dimensions), vector);
                code[row >> 6] |= (ulong)signs << (row & 63);
            }
        }

        for (; row < Bits; row++)
        {
            if (TensorPrimitives.Dot(hyperplanes.Slice(row * dimensions, dimensions), vector) > 0)
            {
                code[row >> 6] |= 1UL << (row & 63);
            }
        }
    }

    /// <summary>
    /// The largest Hamming distance worth an exact check when the match must reach <paramref name="similarity"/>: a vector
    /// whose cosine similarity is at least <paramref name="similarity"/> has a larger distance with probability below 0.2%
    /// (three standard deviations of the binomial distance, one-sided).
    /// </summary>
    public int DistanceBound(float similarity)
    {
        if (!(similarity > -1f))
        {
            return Bits;
        }

        var p = Math.Acos(Math.Min(similarity, 1f)) / Math.PI;
        var bound = (Bits * p) + (StandardDeviations * Math.Sqrt(Bits * p * (1 - p))) + 1;
        return (int)Math.Min(bound, Bits);
    }

    /// <summary>Computes the Hamming distances of <paramref name="count"/> codes to <paramref name="query"/> and counts them in a histogram.</summary>
    public void Distances(ReadOnlySpan<ulong> codes, int count, ReadOnlySpan<ulong> query, Span<ushort> distances, Span<int> histogram)
    {
        ref var code = ref MemoryMarshal.GetReference(codes);
        ref var distance = ref MemoryMarshal.GetReference(distances[..count]);
        ref var bins = ref MemoryMarshal.GetReference(histogram[..(Bits + 1)]);
        if (Words == 6)
        {
            Distances6(ref code, count, query, ref distance, ref bins);
            return;
        }

        if (Words == 8)
        {
            Distances8(ref code, count, query, ref distance, ref bins);
            return;
        }

        var words = Words;
        for (var i = 0; i < count; i++)
        {
            var d = 0;
            for (var w = 0; w < words; w++)
            {
                d += BitOperations.PopCount(Unsafe.Add(ref code, w) ^ query[w]);
            }

            Unsafe.Add(ref distance, i) = (ushort)d;
            Unsafe.Add(ref bins, d)++;
            code = ref Unsafe.Add(ref code, words);
        }
    }

    private static void Distances6(ref ulong code, int count, ReadOnlySpan<ulong> query, ref ushort distance, ref int bins)
    {
        ulong q0 = query[0], q1 = query[1], q2 = query[2], q3 = query[3], q4 = query[4], q5 = query[5];
        for (var i = 0; i < count; i++)
        {
            var d = BitOperations.PopCount(code ^ q0) + BitOperations.PopCount(Unsafe.Add(ref code, 1) ^ q1)
                + BitOperations.PopCount(Unsafe.Add(ref code, 2) ^ q2) + BitOperations.PopCount(Unsafe.Add(ref code, 3) ^ q3)
                + BitOperations.PopCount(Unsafe.Add(ref code, 4) ^ q4) + BitOperations.PopCount(Unsafe.Add(ref code, 5) ^ q5);
            Unsafe.Add(ref distance, i) = (ushort)d;
            Unsafe.Add(ref bins, d)++;
            code = ref Unsafe.Add(ref code, 6);
        }
    }

    private static void Distances8(ref ulong code, int count, ReadOnlySpan<ulong> query, ref ushort distance, ref int bins)
    {
        ulong q0 = query[0], q1 = query[1], q2 = query[2], q3 = query[3], q4 = query[4], q5 = query[5], q6 = query[6], q7 = query[7];
        for (var i = 0; i < count; i++)
        {
            var d = BitOperations.PopCount(code ^ q0) + BitOperations.PopCount(Unsafe.Add(ref code, 1) ^ q1)
                + BitOperations.PopCount(Unsafe.Add(ref code, 2) ^ q2) + BitOperations.PopCount(Unsafe.Add(ref code, 3) ^ q3)
                + BitOperations.PopCount(Unsafe.Add(ref code, 4) ^ q4) + BitOperations.PopCount(Unsafe.Add(ref code, 5) ^ q5)
                + BitOperations.PopCount(Unsafe.Add(ref code, 6) ^ q6) + BitOperations.PopCount(Unsafe.Add(ref code, 7) ^ q7);
            Unsafe.Add(ref distance, i) = (ushort)d;
            Unsafe.Add(ref bins, d)++;
            code = ref Unsafe.Add(ref code, 8);
        }
    }

    /// <summary>The signs of the dot products of eight consecutive rows with the vector: bit <c>k</c> is set when row <c>k</c>'s is positive.</summary>
    private static uint Dot8(ReadOnlySpan<float> rows, ReadOnlySpan<float> vector)
    {
        var dimensions = vector.Length;
        ref var v = ref MemoryMarshal.GetReference(vector);
        ref var r0 = ref MemoryMarshal.GetReference(rows);
        ref var r1 = ref Unsafe.Add(ref r0, dimensions);
        ref var r2 = ref Unsafe.Add(ref r1, dimensions);
        ref var r3 = ref Unsafe.Add(ref r2, dimensions);
        ref var r4 = ref Unsafe.Add(ref r3, dimensions);
        ref var r5 = ref Unsafe.Add(ref r4, dimensions);
        ref var r6 = ref Unsafe.Add(ref r5, dimensions);
        ref var r7 = ref Unsafe.Add(ref r6, dimensions);
        Vector256<float> a0 = default, a1 = default, a2 = default, a3 = default, a4 = default, a5 = default, a6 = default, a7 = default;
        var i = 0;
        for (; i <= dimensions - Vector256<float>.Count; i += Vector256<float>.Count)
        {
            var x = Vector256.LoadUnsafe(ref v, (nuint)i);
            a0 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref r0, (nuint)i), x, a0);
            a1 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref r1, (nuint)i), x, a1);
            a2 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref r2, (nuint)i), x, a2);
            a3 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref r3, (nuint)i), x, a3);
            a4 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref r4, (nuint)i), x, a4);
            a5 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref r5, (nuint)i), x, a5);
            a6 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref r6, (nuint)i), x, a6);
            a7 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref r7, (nuint)i), x, a7);
        }

        Span<float> sums = stackalloc float[8];
        sums[0] = Vector256.Sum(a0);
        sums[1] = Vector256.Sum(a1);
        sums[2] = Vector256.Sum(a2);
        sums[3] = Vector256.Sum(a3);
        sums[4] = Vector256.Sum(a4);
        sums[5] = Vector256.Sum(a5);
        sums[6] = Vector256.Sum(a6);
        sums[7] = Vector256.Sum(a7);
        uint signs = 0;
        for (var k = 0; k < 8; k++)
        {
            var sum = sums[k];
            for (var j = i; j < dimensions; j++)
            {
                sum += rows[(k * dimensions) + j] * vector[j];
            }

            if (sum > 0)
            {
                signs |= 1u << k;
            }
        }

        return signs;
    }

    private static float[] CreateHyperplanes(int dimensions, int bits, int seed)
    {
        var random = new Random(seed);
        var hyperplanes = new float[bits * dimensions];
        var row = new double[dimensions];
        var block = new double[Math.Min(bits, dimensions)][];
        for (var first = 0; first < bits; first += dimensions)
        {
            var rows = Math.Min(dimensions, bits - first);
            for (var r = 0; r < rows; r++)
            {
                // Gaussian rows, made orthogonal to the earlier rows of the block (modified Gram-Schmidt).
                for (var i = 0; i < dimensions; i++)
                {
                    row[i] = Gaussian(random);
                }

                for (var k = 0; k < r; k++)
                {
                    var previous = block[k];
                    TensorPrimitives.MultiplyAdd(previous, -TensorPrimitives.Dot<double>(row, previous), row, row);
                }

                var norm = TensorPrimitives.Norm<double>(row);
                var unit = block[r] ??= new double[dimensions];
                for (var i = 0; i < dimensions; i++)
                {
                    unit[i] = row[i] / norm;
                    hyperplanes[((first + r) * dimensions) + i] = (float)unit[i];
                }
            }
        }

        return hyperplanes;
    }

    private static double Gaussian(Random random)
    {
        // Box-Muller; 1 - NextDouble() is in (0, 1], so the logarithm is finite.
        var u = 1.0 - random.NextDouble();
        var v = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * v);
    }
}
