using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;

namespace VideoPipeline.Sdk.Health.Tests.Reports;

public sealed class PublishedHealthCheckTests
{
    [Fact]
    public async Task MapHealthChecks_AnswersFromTheMonitorsLatestReport_WithoutRunningTheCheckers()
    {
        var api = new ScriptedCheck();
        var cache = new ScriptedCheck();
        await using var app = await StartAsync(
            pipeline => pipeline
                .RegisterHealthChecker("api", ComponentKind.ApiBackEnd, api.RunAsync)
                .RegisterHealthChecker("cache", ComponentKind.Cache, cache.RunAsync),
            configureChecks: null,
            endpoint: null);
        using var client = Client(app);

        var healthy = await GetAsync(client);
        var again = await GetAsync(client);
        api.Returns(HealthStatus.Unhealthy);
        var notYetEvaluated = await GetAsync(client);
        await app.Services.GetRequiredService<IHealthMonitor>().GetHealthReportAsync(refresh: true);
        var unhealthy = await GetAsync(client);

        Assert.Equal((HttpStatusCode.OK, "Healthy"), healthy);
        Assert.Equal((HttpStatusCode.OK, "Healthy"), again);
        Assert.Equal((HttpStatusCode.OK, "Healthy"), notYetEvaluated);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), unhealthy);
        Assert.Equal(2, api.Invocations);
        Assert.Equal(2, cache.Invocations);
    }

    [Fact]
    public async Task MapHealthChecksFilteredToTheMonitorsTag_DoesNotRunTheHostsHealthChecksPerRequest()
    {
        var invocations = 0;
        var status = HealthStatus.Healthy;
        await using var app = await StartAsync(
            pipeline => pipeline.AddHealthMonitoring(options => options.Components["postgres"] = new ComponentOptions { Critical = true }),
            checks => checks.AddCheck("postgres", () =>
            {
                Interlocked.Increment(ref invocations);
                return new HealthCheckResult(status);
            }, tags: ["database"]),
            new HealthCheckOptions { Predicate = registration => registration.Tags.Contains(HealthMonitorOptions.HealthCheckName) });
        using var client = Client(app);

        var healthy = await GetAsync(client);
        status = HealthStatus.Unhealthy;
        var stillHealthy = await GetAsync(client);
        await app.Services.GetRequiredService<IHealthMonitor>().GetHealthReportAsync(refresh: true);
        var unhealthy = await GetAsync(client);
        status = HealthStatus.Degraded;
        await app.Services.GetRequiredService<IHealthMonitor>().GetHealthReportAsync(refresh: true);
        var degraded = await GetAsync(client);

        Assert.Equal((HttpStatusCode.OK, "Healthy"), healthy);
        Assert.Equal((HttpStatusCode.OK, "Healthy"), stillHealthy);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), unhealthy);
        Assert.Equal((HttpStatusCode.OK, "Degraded"), degraded);
        Assert.Equal(3, invocations);
    }

    [Fact]
    public async Task PublishedCheck_DescribesTheScoreAndTheComponentsNotHealthy()
    {
        await using var host = HealthHost.Create(pipeline => pipeline
            .RegisterHealthChecker("cache", ComponentKind.Cache, new ScriptedCheck(HealthStatus.Degraded).RunAsync)
            .RegisterHealthChecker("db", ComponentKind.Database, new ScriptedCheck(HealthStatus.Unhealthy).RunAsync)
            .RegisterHealthChecker("queue", ComponentKind.Queue, new ScriptedCheck().RunAsync));
        await host.RefreshAsync();

        var published = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(check => check.Name == HealthMonitorOptions.HealthCheckName);

        var entry = published.Entries[HealthMonitorOptions.HealthCheckName];
        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.Equal("Health score 42%; not healthy: cache, db.", entry.Description);
        Assert.Equal(250.0 / 6, (double)entry.Data["score"], 9);
        Assert.Equal("Degraded", entry.Data["cache"]);
        Assert.Equal("Unhealthy", entry.Data["db"]);
        Assert.Equal("Healthy", entry.Data["queue"]);
    }

    private static async Task<WebApplication> StartAsync(
        Action<IVideoPipelineBuilder> configure,
        Action<IHealthChecksBuilder>? configureChecks,
        HealthCheckOptions? endpoint)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(HealthHost.Epoch));
        configureChecks?.Invoke(builder.Services.AddHealthChecks());
        configure(builder.Services.AddVideoPipeline());
        var app = builder.Build();
        if (endpoint is null)
        {
            app.MapHealthChecks("/health");
        }
        else
        {
            app.MapHealthChecks("/health", endpoint);
        }

        await app.StartAsync();
        return app;
    }

    private static HttpClient Client(WebApplication app) => new() { BaseAddress = new Uri(app.Urls.First()) };

    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
