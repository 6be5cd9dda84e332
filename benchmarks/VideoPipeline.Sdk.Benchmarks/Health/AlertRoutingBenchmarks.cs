using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using VideoPipeline.Sdk.Health.Alerting.Internal;

namespace VideoPipeline.Sdk.Benchmarks.Health;

/// <summary>
/// The cost of routing one alert through the Health package's router (<see cref="AlertRouter.SendAsync"/>, registered as
/// <see cref="IAlertRouter"/>), against the physical floor of what it must do at least: upsert the alert into a dictionary
/// keyed by its identity (name, component, labels) with the same comparer. Each invocation routes 10,000 alerts: 1,000
/// identities (50 components, grouped by component) raised 10 times each, a third of them resolved in each round. The fake
/// clock moves one second per round, so pending alerts fire, groups flush (wait and interval of one second, one summary
/// notification per group to a counting sink), repeats come due and resolve holds expire while the router runs; advancing
/// the <see cref="FakeTimeProvider"/> ten times per invocation is included in the router's figure.
/// </summary>
[MemoryDiagnoser]
public class AlertRoutingBenchmarks
{
    private const int Identities = 1_000;
    private const int Rounds = 10;
    private const int AlertsPerInvoke = Identities * Rounds;

    private static readonly TimeSpan Round = TimeSpan.FromSeconds(1);

    private readonly Alert[] _alerts = new Alert[AlertsPerInvoke];
    private readonly Dictionary<Alert, Alert> _floor = new(AlertIdentityComparer.Instance);
    private readonly CountingAlertSink _sink = new();
    private FakeTimeProvider _time = null!;
    private ServiceProvider _services = null!;
    private AlertRouter _router = null!;

    [GlobalSetup]
    public void Setup()
    {
        _time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        for (var identity = 0; identity < Identities; identity++)
        {
            var component = $"component-{identity % 50:00}";
            var labels = ImmutableDictionary<string, string>.Empty.Add("shard", $"{identity}");
            for (var round = 0; round < Rounds; round++)
            {
                _alerts[(round * Identities) + identity] = new Alert("bench.queue.depth", identity % 10 == 0 ? AlertSeverity.Error : AlertSeverity.Warning, component, "The queue is deep.", _time.GetUtcNow())
                {
                    Status = (round + identity) % 3 == 0 ? AlertStatus.Resolved : AlertStatus.Firing,
                    Labels = labels,
                };
            }
        }

        _services = new ServiceCollection()
            .AddSingleton<TimeProvider>(_time)
            .AddSingleton<IAlertSink>(_sink)
            .AddVideoPipeline()
            .AddHealthMonitoring(options =>
            {
                options.Alerting.GroupBy.Add(AlertRouter.ComponentGroupBy);
                options.Alerting.GroupWait = Round;
                options.Alerting.GroupInterval = Round;
                options.Alerting.RepeatInterval = 5 * Round;
                options.Alerting.ResolveAfter = 2 * Round;
            })
            .Services
            .BuildServiceProvider();
        _router = _services.GetRequiredService<AlertRouter>();
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Baseline = true, OperationsPerInvoke = AlertsPerInvoke)]
    public int DictionaryUpsertByIdentity()
    {
        foreach (var alert in _alerts)
        {
            _floor[alert] = alert;
        }

        return _floor.Count;
    }

    [Benchmark(OperationsPerInvoke = AlertsPerInvoke)]
    public async ValueTask<int> AlertRouterSendAsync()
    {
        for (var index = 0; index < _alerts.Length; index++)
        {
            await _router.SendAsync(_alerts[index]).ConfigureAwait(false);
            if ((index + 1) % Identities == 0)
            {
                _time.Advance(Round);
            }
        }

        return _sink.Received;
    }
}
