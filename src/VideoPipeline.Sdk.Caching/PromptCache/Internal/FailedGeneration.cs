using System.Runtime.ExceptionServices;

namespace VideoPipeline.Sdk.Caching.PromptCache.Internal;

/// <summary>A failed generation remembered for <see cref="PromptCacheOptions.FailureCacheDuration"/>.</summary>
internal sealed class FailedGeneration(ExceptionDispatchInfo failure, long expiresAt)
{
    public long ExpiresAt => expiresAt;

    public void Rethrow() => failure.Throw();
}
