using System.Buffers.Binary;

namespace VideoPipeline.Sdk.Queueing.Jobs.Internal;

/// <summary>
/// Creates version-7 UUIDs (RFC 9562) cheaply: 48 bits of Unix milliseconds, then a 42-bit process-wide counter and 32 random
/// bits fixed per process. Ids of one process never collide and sort in creation order within a millisecond; ids of two
/// processes collide only if they share the millisecond, the counter value and the 32 random bits.
/// </summary>
internal static class JobIdGenerator
{
    private static readonly uint s_node = (uint)Random.Shared.NextInt64(1, 1L << 32);
    private static long s_counter = Random.Shared.Next(1 << 20);

    public static JobId Next(long unixMilliseconds)
    {
        var counter = (ulong)Interlocked.Increment(ref s_counter) & ((1UL << 42) - 1);
        Span<byte> bytes = stackalloc byte[16];
        var high = ((ulong)unixMilliseconds << 16) | 0x7000UL | ((counter >> 30) & 0xFFF);
        var low = 0x8000_0000_0000_0000UL | ((counter & 0x3FFF_FFFF) << 32) | s_node;
        BinaryPrimitives.WriteUInt64BigEndian(bytes, high);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], low);
        return new JobId(new Guid(bytes, bigEndian: true));
    }
}
