using System.Text;

namespace VideoPipeline.Sdk.Caching.Tests.PromptCache;

public sealed class CompressionTests
{
    private static readonly byte[] Script = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 400).Select(i => $"Scene {i}: the camera pans across the valley. ")));

    [Fact]
    public async Task Set_LargeText_IsCompressedAndReadsBackUnchanged()
    {
        using var host = new CacheHost();
        var request = Requests.Text("write the script");

        await host.Cache.SetAsync(request, Requests.WithBytes(request, Script, "text/plain; charset=utf-8"));
        var hit = await host.Cache.TryGetAsync(request, 1);

        var statistics = host.Cache.GetStatistics();
        Assert.True(statistics.CompressionSavedBytes > Script.Length / 2, $"saved {statistics.CompressionSavedBytes} of {Script.Length}");
        Assert.True(statistics.MemoryBytes < Script.Length);
        Assert.Equal(Script, await Requests.ReadBytesAsync(hit!.Value.GenerationResult));
        Assert.Equal(Script.Length, hit.Value.GenerationResult.Content.Length);
    }

    [Fact]
    public async Task Set_CompressionOff_StoresTextAsIs()
    {
        using var host = new CacheHost(o => o.Compression = false);
        var request = Requests.Text("write the script");

        await host.Cache.SetAsync(request, Requests.WithBytes(request, Script, "text/plain"));

        Assert.Equal(0, host.Cache.GetStatistics().CompressionSavedBytes);
    }

    [Theory]
    [InlineData("image/png", new byte[] { 0x89, 0x50, 0x4E, 0x47 })]
    [InlineData("text/plain", new byte[] { 0x89, 0x50, 0x4E, 0x47 })]
    [InlineData("text/plain", new byte[] { 0x1F, 0x8B })]
    [InlineData("application/octet-stream", new byte[] { (byte)'h', (byte)'i' })]
    public async Task Set_MediaOrCompressedSignature_IsStoredAsIs(string mediaType, byte[] signature)
    {
        using var host = new CacheHost();
        var request = Requests.Text("anything");
        var payload = signature.Concat(Script).ToArray();

        await host.Cache.SetAsync(request, Requests.WithBytes(request, payload, mediaType));

        Assert.Equal(0, host.Cache.GetStatistics().CompressionSavedBytes);
        Assert.Equal(payload, await Requests.ReadBytesAsync((await host.Cache.TryGetAsync(request, 1))!.Value.GenerationResult));
    }

    [Fact]
    public async Task Set_TextBelowTheThreshold_IsNotCompressed()
    {
        using var host = new CacheHost(o => o.CompressionThresholdBytes = Script.Length + 1);
        var request = Requests.Text("write the script");

        await host.Cache.SetAsync(request, Requests.WithBytes(request, Script, "application/json"));

        Assert.Equal(0, host.Cache.GetStatistics().CompressionSavedBytes);
    }
}
