using VideoPipeline.Sdk;
using VideoPipeline.Sdk.Caching;

namespace VideoPipeline.Samples.Worker;

/// <summary>What one generation job returns: the request, the cache's answer and where the media was written.</summary>
internal sealed record GeneratedMedia(GenerationRequest Request, PromptCacheResult Cached, string Path);
