using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using VideoPipeline.Sdk.Health.Alerting.Internal;

namespace VideoPipeline.Sdk.Health.Tests.Alerting.Sinks;

public sealed class WebhookAlertSinkTests
{
    private const string Delivered = "delivered";
    private const string Failed = "failed";
    private const string Dropped = "dropped";

    [Fact]
    public async Task Notification_IsPostedAsJson_WithTheAlertsFields()
    {
        await using var endpoint = await WebhookEndpoint.StartAsync();
        await using var host = await StartAsync(endpoint.Address);

        await host.Sink<WebhookAlertSink>().SendAsync(TestAlerts.Create(name: "provider.errors.high", severity: AlertSeverity.Critical, status: AlertStatus.Resolved, component: "openai"));
        var outcomes = await host.WaitForDeliveriesAsync(Delivered, 1);

        Assert.Equal(new Dictionary<string, long> { [Delivered] = 1 }, outcomes);
        using var body = JsonDocument.Parse(Assert.Single(endpoint.Bodies));
        var root = body.RootElement;
        Assert.Equal(
            ["component", "description", "labels", "name", "severity", "status", "summary", "timestamp"],
            root.EnumerateObject().Select(property => property.Name).Order(StringComparer.Ordinal));
        Assert.Equal("provider.errors.high", root.GetProperty("name").GetString());
        Assert.Equal("critical", root.GetProperty("severity").GetString());
        Assert.Equal("resolved", root.GetProperty("status").GetString());
        Assert.Equal("openai", root.GetProperty("component").GetString());
        Assert.Equal("openai: provider.errors.high", root.GetProperty("summary").GetString());
        Assert.Equal("depth is 740, above the warning level 500.", root.GetProperty("description").GetString());
        Assert.Equal("eu", root.GetProperty("labels").GetProperty("region").GetString());
        Assert.Equal("synthetic", root.GetProperty("labels").GetProperty("provider").GetString());
        Assert.Equal(TestAlerts.Timestamp, root.GetProperty("timestamp").GetDateTimeOffset());
    }

    [Fact]
    public async Task ServiceUnavailableThenOk_IsRetried_AndDeliveredOnce()
    {
        await using var endpoint = await WebhookEndpoint.StartAsync((attempt, _) => Task.FromResult(attempt == 1 ? 503 : 200));
        await using var host = await StartAsync(endpoint.Address);

        await host.Sink<WebhookAlertSink>().SendAsync(TestAlerts.Create());
        var outcomes = await host.WaitForDeliveriesAsync(Delivered, 1);

        Assert.Equal(new Dictionary<string, long> { [Delivered] = 1 }, outcomes);
        Assert.Equal(2, endpoint.Attempts);
        Assert.Equal(endpoint.Bodies[0], endpoint.Bodies[1]);
    }

    [Theory]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    public async Task TransientAnswers_AreRetriedUpToMaxRetries_ThenCountedAsFailed(int statusCode)
    {
        await using var endpoint = await WebhookEndpoint.StartAsync(statusCode);
        await using var host = await StartAsync(endpoint.Address, maxRetries: 2);

        await host.Sink<WebhookAlertSink>().SendAsync(TestAlerts.Create());
        var outcomes = await host.WaitForDeliveriesAsync(Failed, 1);

        Assert.Equal(new Dictionary<string, long> { [Failed] = 1 }, outcomes);
        Assert.Equal(3, endpoint.Attempts);
        var failure = Assert.Single(host.Logs.GetSnapshot(), record => record.Id.Id == 33);
        Assert.Equal(statusCode.ToString(System.Globalization.CultureInfo.InvariantCulture), failure.GetStructuredStateValue("StatusCode"));
    }

    [Fact]
    public async Task BadRequest_IsNotRetried_AndIsLoggedAndCountedAsFailed()
    {
        await using var endpoint = await WebhookEndpoint.StartAsync(400);
        await using var host = await StartAsync(endpoint.Address, maxRetries: 3);

        await host.Sink<WebhookAlertSink>().SendAsync(TestAlerts.Create(name: "bad.payload"));
        var outcomes = await host.WaitForDeliveriesAsync(Failed, 1);

        Assert.Equal(new Dictionary<string, long> { [Failed] = 1 }, outcomes);
        Assert.Equal(1, endpoint.Attempts);
        var failure = Assert.Single(host.Logs.GetSnapshot(), record => record.Id.Id == 33);
        Assert.Equal(LogLevel.Warning, failure.Level);
        Assert.Equal("400", failure.GetStructuredStateValue("StatusCode"));
        Assert.Equal("bad.payload", failure.GetStructuredStateValue("AlertName"));
    }

    [Fact]
    public async Task EndpointDown_FailureIsLoggedAndCountedAfterRetries_SendReturnedAtOnce_NothingThrown()
    {
        var address = new Uri($"http://127.0.0.1:{UnusedPort()}/hooks/alerts");
        await using var host = await StartAsync(address, maxRetries: 2);

        var send = host.Sink<WebhookAlertSink>().SendAsync(TestAlerts.Create(name: "nobody.listens"));
        var completedAtOnce = send.IsCompletedSuccessfully;
        await send;
        var outcomes = await host.WaitForDeliveriesAsync(Failed, 1);

        Assert.True(completedAtOnce);
        Assert.Equal(new Dictionary<string, long> { [Failed] = 1 }, outcomes);
        var failure = Assert.Single(host.Logs.GetSnapshot(), record => record.Id.Id == 32);
        Assert.Equal(LogLevel.Warning, failure.Level);
        Assert.IsType<HttpRequestException>(failure.Exception);
        Assert.Equal("nobody.listens", failure.GetStructuredStateValue("AlertName"));
        Assert.DoesNotContain(host.Logs.GetSnapshot(), record => record.Message.Contains(address.AbsolutePath, StringComparison.Ordinal));
    }

    [Fact]
    public async Task HangingEndpoint_EachAttemptTimesOut_SendStillReturnsAtOnce()
    {
        using var release = new CancellationTokenSource();
        await using var endpoint = await WebhookEndpoint.StartAsync(async (_, aborted) =>
        {
            using var either = CancellationTokenSource.CreateLinkedTokenSource(aborted, release.Token);
            await Task.Delay(Timeout.InfiniteTimeSpan, either.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            return 200;
        });
        await using var host = await StartAsync(endpoint.Address, maxRetries: 1, timeout: TimeSpan.FromMilliseconds(50));

        var sink = host.Sink<WebhookAlertSink>();
        var first = sink.SendAsync(TestAlerts.Create(name: "first"));
        var firstCompletedAtOnce = first.IsCompletedSuccessfully;
        await first;
        var outcomes = await host.WaitForDeliveriesAsync(Failed, 1);
        var second = sink.SendAsync(TestAlerts.Create(name: "second"));
        var secondCompletedAtOnce = second.IsCompletedSuccessfully;
        await second;
        await release.CancelAsync();

        Assert.True(firstCompletedAtOnce);
        Assert.True(secondCompletedAtOnce);
        Assert.Equal(new Dictionary<string, long> { [Failed] = 1 }, outcomes);
        var resilienceEvents = host.Logs.GetSnapshot().Where(record => record.Category == "Polly").Select(record => record.GetStructuredStateValue("EventName")).ToList();
        Assert.Equal(2, resilienceEvents.Count(name => name == "OnTimeout"));
        Assert.Equal(1, resilienceEvents.Count(name => name == "OnRetry"));
        var failure = Assert.Single(host.Logs.GetSnapshot(), record => record.Id.Id == 32);
        Assert.IsType<Polly.Timeout.TimeoutRejectedException>(failure.Exception);
    }

    [Fact]
    public async Task FullQueue_DropsTheOldest_AndCountsIt()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var firstArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var endpoint = await WebhookEndpoint.StartAsync(async (attempt, _) =>
        {
            firstArrived.TrySetResult();
            await gate.Task;
            return 200;
        });
        await using var host = await StartAsync(endpoint.Address, queueCapacity: 2);
        var sink = host.Sink<WebhookAlertSink>();

        await sink.SendAsync(TestAlerts.Create(name: "posting"));
        await firstArrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await sink.SendAsync(TestAlerts.Create(name: "oldest"));
        await sink.SendAsync(TestAlerts.Create(name: "older"));
        await sink.SendAsync(TestAlerts.Create(name: "newest"));
        var afterDrop = host.Sums();
        gate.SetResult();
        var outcomes = await host.WaitForDeliveriesAsync(Delivered, 3);

        Assert.Equal(new Dictionary<string, long> { [Dropped] = 1 }, afterDrop);
        Assert.Equal(new Dictionary<string, long> { [Delivered] = 3, [Dropped] = 1 }, outcomes);
        Assert.Equal(["posting", "older", "newest"], endpoint.Bodies.Select(NameOf));
        var report = Assert.Single(host.Logs.GetSnapshot(), record => record.Id.Id == 31);
        Assert.Equal("1", report.GetStructuredStateValue("Count"));
    }

    [Fact]
    public async Task Stop_PostsWhatIsQueued_BeforeTheStopTokenIsCancelled()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var firstArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var endpoint = await WebhookEndpoint.StartAsync(async (_, _) =>
        {
            firstArrived.TrySetResult();
            await gate.Task;
            return 200;
        });
        await using var host = await StartAsync(endpoint.Address);
        var sink = host.Sink<WebhookAlertSink>();
        await sink.SendAsync(TestAlerts.Create(name: "posting"));
        await firstArrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await sink.SendAsync(TestAlerts.Create(name: "queued"));

        var stop = host.StopAsync(CancellationToken.None);
        var stoppedWhilePosting = stop.IsCompleted;
        gate.SetResult();
        await stop.WaitAsync(TimeSpan.FromSeconds(30));
        await sink.SendAsync(TestAlerts.Create(name: "after.stop"));

        Assert.False(stoppedWhilePosting);
        Assert.Equal(["posting", "queued"], endpoint.Bodies.Select(NameOf));
        Assert.Equal(new Dictionary<string, long> { [Delivered] = 2, [Dropped] = 1 }, host.Sums());
    }

    [Fact]
    public async Task Stop_TokenCancelled_DropsWhatIsLeft_AndLogsHowMany()
    {
        var firstArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var endpoint = await WebhookEndpoint.StartAsync(async (_, aborted) =>
        {
            firstArrived.TrySetResult();
            await Task.Delay(Timeout.InfiniteTimeSpan, aborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return 200;
        });
        await using var host = await StartAsync(endpoint.Address);
        var sink = host.Sink<WebhookAlertSink>();
        await sink.SendAsync(TestAlerts.Create(name: "posting"));
        await firstArrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await sink.SendAsync(TestAlerts.Create(name: "queued.1"));
        await sink.SendAsync(TestAlerts.Create(name: "queued.2"));

        await host.StopAsync(new CancellationToken(canceled: true)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(new Dictionary<string, long> { [Dropped] = 3 }, host.Sums());
        var report = Assert.Single(host.Logs.GetSnapshot(), record => record.Id.Id == 34);
        Assert.Equal("3", report.GetStructuredStateValue("Count"));
    }

    [Fact]
    public async Task SendAsync_NullAlert_Throws()
    {
        await using var host = SinkHost.Create(options => options.Alerting.Webhook.Endpoint = new Uri("http://127.0.0.1:9/hooks"));

        var error = await Assert.ThrowsAsync<ArgumentNullException>(() => host.Sink<WebhookAlertSink>().SendAsync(null!).AsTask());

        Assert.Equal("alert", error.ParamName);
    }

    private static async Task<SinkHost> StartAsync(Uri endpoint, int maxRetries = 3, TimeSpan? timeout = null, int queueCapacity = 100)
    {
        var host = SinkHost.Create(options =>
        {
            options.Alerting.LogNotifications = false;
            options.Alerting.Webhook.Endpoint = endpoint;
            options.Alerting.Webhook.MaxRetries = maxRetries;
            options.Alerting.Webhook.RetryDelay = TimeSpan.FromMilliseconds(1);
            options.Alerting.Webhook.Timeout = timeout ?? TimeSpan.FromSeconds(30);
            options.Alerting.Webhook.QueueCapacity = queueCapacity;
        });
        await host.StartAsync();
        return host;
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string NameOf(string body)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("name").GetString()!;
    }
}
