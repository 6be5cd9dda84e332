using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace VideoPipeline.Sdk.Health.Tests.Alerting.Sinks;

/// <summary>
/// A real HTTP endpoint on Kestrel at <c>http://127.0.0.1:&lt;free port&gt;</c> that records every POST body it receives
/// and answers with what <c>respond</c> says for that attempt (1-based, counted across all requests).
/// </summary>
internal sealed class WebhookEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _bodies = new();
    private int _attempts;

    private WebhookEndpoint(WebApplication app) => _app = app;

    /// <summary>Gets the address to post to.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Gets how many requests arrived.</summary>
    public int Attempts => Volatile.Read(ref _attempts);

    /// <summary>Gets the bodies received, in arrival order.</summary>
    public IReadOnlyList<string> Bodies => [.. _bodies];

    public static async Task<WebhookEndpoint> StartAsync(Func<int, CancellationToken, Task<int>> respond)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var endpoint = new WebhookEndpoint(app);
        app.MapPost("/hooks/alerts", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            endpoint._bodies.Enqueue(await reader.ReadToEndAsync(context.RequestAborted));
            var attempt = Interlocked.Increment(ref endpoint._attempts);
            context.Response.StatusCode = await respond(attempt, context.RequestAborted);
        });
        await app.StartAsync();
        endpoint.Address = new Uri(new Uri(app.Urls.Single()), "/hooks/alerts");
        return endpoint;
    }

    /// <summary>Answers every request with <paramref name="statusCode"/>.</summary>
    public static Task<WebhookEndpoint> StartAsync(int statusCode = StatusCodes.Status200OK) =>
        StartAsync((_, _) => Task.FromResult(statusCode));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
