using System.Text;

namespace VideoPipeline.Sdk.Caching.Tests.PromptCache;

/// <summary>Requests and results for prompt-cache tests; each result's content names the request it was made for.</summary>
internal static class Requests
{
    public static GenerationRequest Image(string prompt, long seed = 1, string model = "image-1", string provider = "synthetic") =>
        new(provider, model, MediaKind.Image, prompt) { Width = 512, Height = 512, Seed = seed };

    public static GenerationRequest Text(string prompt, string model = "text-1") => new("synthetic", model, MediaKind.Text, prompt);

    public static GenerationResult ResultFor(GenerationRequest request, decimal cost = 0.04m, int seconds = 8) =>
        new(request.Kind, request.Kind == MediaKind.Text ? "text/plain; charset=utf-8" : "image/png", MediaContent.FromBytes(Encoding.UTF8.GetBytes("content of " + request.Prompt)))
        {
            Cost = Money.FromUsd(cost),
            ProviderLatency = TimeSpan.FromSeconds(seconds),
        };

    public static GenerationResult WithBytes(GenerationRequest request, byte[] content, string mediaType, decimal cost = 0.04m) =>
        new(request.Kind, mediaType, MediaContent.FromBytes(content)) { Cost = Money.FromUsd(cost), ProviderLatency = TimeSpan.FromSeconds(5) };

    public static async Task<string> ReadTextAsync(GenerationResult result)
    {
        var stream = await result.Content.OpenReadAsync();
        await using (stream)
        {
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return await reader.ReadToEndAsync();
        }
    }

    public static async Task<byte[]> ReadBytesAsync(GenerationResult result)
    {
        var stream = await result.Content.OpenReadAsync();
        await using (stream)
        {
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer);
            return buffer.ToArray();
        }
    }
}
