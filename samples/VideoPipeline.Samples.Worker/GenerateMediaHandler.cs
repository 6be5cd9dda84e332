using Microsoft.Extensions.Options;
using VideoPipeline.Sdk;
using VideoPipeline.Sdk.Caching;
using VideoPipeline.Sdk.Monitoring;
using VideoPipeline.Sdk.Queueing;

namespace VideoPipeline.Samples.Worker;

/// <summary>
/// Runs one generation job of the storyboard: asks the prompt cache, which calls the provider only on a miss (tracked by the
/// performance monitor as a call to <c>provider/model</c>), writes the media to the output directory and returns where.
/// Registered for the job type <c>generate</c>.
/// </summary>
internal sealed class GenerateMediaHandler(
    IGenerationProviderRegistry registry,
    IPromptCache cache,
    IPerformanceMonitor monitor,
    IOptions<SampleOptions> options)
    : IJobHandler<GenerationRequest>
{
    public const string JobType = "generate";

    public async ValueTask<object?> HandleAsync(JobContext<GenerationRequest> context, CancellationToken cancellationToken)
    {
        var request = context.Payload;
        var provider = registry.GetProvider(request.Provider);
        var endpoint = $"{request.Provider}/{request.Model}";
        var cached = await cache.GetOrGenerateAsync(
            request,
            (missed, token) => monitor.TrackApiCallAsync(endpoint, "POST", callToken => provider.GenerateAsync(missed, callToken), token),
            cancellationToken: cancellationToken);
        context.ReportActualCost(cached.IsHit ? Money.Zero : cached.GenerationResult.Cost);

        var path = Path.Combine(options.Value.ResolveOutputDirectory(), request.ComputeKey().ToString()[..16] + Extension(cached.GenerationResult.MediaType));
        await using (var file = File.Create(path))
        {
            await cached.GenerationResult.Content.CopyToAsync(file, cancellationToken);
        }

        return new GeneratedMedia(request, cached, path);
    }

    private static string Extension(string mediaType) => mediaType switch
    {
        "image/png" => ".png",
        "audio/wav" => ".wav",
        "video/x-yuv4mpeg2" => ".y4m",
        _ => ".txt",
    };
}
