using System.Buffers;
using System.IO.Hashing;

namespace VideoPipeline.Sdk.Caching.PromptCache.Internal;

/// <summary>
/// Computes the in-process key of a request: XxHash128 of its canonical form, with a seed chosen per cache instance so that
/// keys cannot be precomputed by someone who wants two requests to collide. Never stored; the distributed tier uses the
/// SHA-256 <see cref="GenerationRequest.ComputeKey"/>. The canonical form is written into a per-thread buffer, so hashing
/// does not allocate once the buffer has grown to the largest request seen on the thread.
/// </summary>
internal sealed class RequestHasher(long seed)
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    public UInt128 Hash(GenerationRequest request)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        request.WriteCanonicalForm(buffer);
        return XxHash128.HashToUInt128(buffer.WrittenSpan, seed);
    }

    public UInt128 HashContext(GenerationRequest request)
    {
        Span<byte> key = stackalloc byte[GenerationRequestKey.SizeInBytes];
        request.ComputeContextKey().CopyTo(key);
        return XxHash128.HashToUInt128(key, seed);
    }
}
