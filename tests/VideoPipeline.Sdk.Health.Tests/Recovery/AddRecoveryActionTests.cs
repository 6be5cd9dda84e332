using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace VideoPipeline.Sdk.Health.Tests.Recovery;

public sealed class AddRecoveryActionTests
{
    [Fact]
    public async Task UnknownComponent_StopsTheHostAtStart_NamingItAndTheComponents()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider());
        builder.Services.AddVideoPipeline()
            .RegisterHealthChecker("cache", ComponentKind.Cache, _ => ValueTask.FromResult(ComponentCheckResult.Healthy))
            .RegisterHealthChecker("postgres", ComponentKind.Database, _ => ValueTask.FromResult(ComponentCheckResult.Healthy))
            .AddRecoveryAction("postgress", new RecordingAction("failover", TimeProvider.System));
        using var host = builder.Build();

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Equal("AddRecoveryAction names 'postgress', which is no registered component; the components are 'cache', 'postgres'.", exception.Message);
    }

    [Fact]
    public async Task GenericAction_IsCreatedOnceWithItsDependenciesFromTheContainer()
    {
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(new FakeTimeProvider())
            .AddSingleton<WorkerPool>();
        var status = HealthStatus.Unhealthy;
        services.AddVideoPipeline()
            .AddHealthMonitoring(options => (options.Recovery.Enabled, options.Recovery.AfterUnhealthyEvaluations, options.Recovery.Backoff) = (true, 1, TimeSpan.Zero))
            .RegisterHealthChecker("worker", ComponentKind.Custom, _ => ValueTask.FromResult(new ComponentCheckResult(status)))
            .AddRecoveryAction<RestartWorkerAction>("worker");
        await using var provider = services.BuildServiceProvider();
        var monitor = provider.GetRequiredService<IHealthMonitor>();
        var coordinator = provider.GetRequiredService<VideoPipeline.Sdk.Health.Recovery.Internal.RecoveryCoordinator>();

        await monitor.GetHealthReportAsync(refresh: true);
        await coordinator.Idle;
        await monitor.GetHealthReportAsync(refresh: true);
        await coordinator.Idle;
        status = HealthStatus.Healthy;
        var report = await monitor.GetHealthReportAsync(refresh: true);

        var pool = provider.GetRequiredService<WorkerPool>();
        Assert.Equal(2, pool.Restarts);
        Assert.Equal(1, pool.ActionsCreated);
        Assert.Equal(["restart-worker", "restart-worker"], report.RecoveryLog.Select(attempt => attempt.Action));
    }

    [Fact]
    public void BadArguments_AreRejectedWithTheArgumentNamed()
    {
        var builder = new ServiceCollection().AddVideoPipeline();
        var action = new RecordingAction("restart", TimeProvider.System);

        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => HealthBuilderExtensions.AddRecoveryAction(null!, "worker", action)).ParamName);
        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => HealthBuilderExtensions.AddRecoveryAction<RestartWorkerAction>(null!, "worker")).ParamName);
        Assert.Equal("component", Assert.Throws<ArgumentNullException>(() => builder.AddRecoveryAction(null!, action)).ParamName);
        Assert.Equal("component", Assert.Throws<ArgumentException>(() => builder.AddRecoveryAction(" ", action)).ParamName);
        Assert.Equal("component", Assert.Throws<ArgumentException>(() => builder.AddRecoveryAction<RestartWorkerAction>(string.Empty)).ParamName);
        Assert.Equal("action", Assert.Throws<ArgumentNullException>(() => builder.AddRecoveryAction("worker", null!)).ParamName);
    }

    internal sealed class WorkerPool
    {
        private int _restarts;
        private int _actionsCreated;

        public int Restarts => Volatile.Read(ref _restarts);

        public int ActionsCreated => Volatile.Read(ref _actionsCreated);

        public void Restart() => Interlocked.Increment(ref _restarts);

        public void ActionCreated() => Interlocked.Increment(ref _actionsCreated);
    }

    internal sealed class RestartWorkerAction : IRecoveryAction
    {
        private readonly WorkerPool _pool;

        public RestartWorkerAction(WorkerPool pool)
        {
            _pool = pool;
            pool.ActionCreated();
        }

        public string Name => "restart-worker";

        public ValueTask ExecuteAsync(ComponentHealth component, CancellationToken cancellationToken)
        {
            _pool.Restart();
            return ValueTask.CompletedTask;
        }
    }
}
