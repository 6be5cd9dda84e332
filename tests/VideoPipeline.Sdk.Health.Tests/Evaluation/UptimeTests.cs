using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace VideoPipeline.Sdk.Health.Tests.Evaluation;

public sealed class UptimeTests
{
    [Fact]
    public async Task Uptime_BeforeTheFirstCheck_IsUnknown()
    {
        await using var host = HealthHost.Create(pipeline => pipeline.RegisterHealthChecker("api", ComponentKind.ApiBackEnd, new ScriptedCheck().RunAsync));

        var component = host.Monitor.GetLatestReport().FindComponent("api")!;

        Assert.Equal(new ComponentUptime(double.NaN, double.NaN, double.NaN), component.Uptime);
        Assert.Null(component.LastChecked);
    }

    [Fact]
    public async Task Uptime_OverAnHourADayAnd30Days_FollowsTheFakeClockAcrossDays()
    {
        var check = new ScriptedCheck();
        await using var host = HealthHost.Create(pipeline => pipeline.RegisterHealthChecker("api", ComponentKind.ApiBackEnd, check.RunAsync));

        // Day 0: down once at midnight, then up every 10 minutes until 06:00.
        check.Returns(HealthStatus.Unhealthy);
        await host.RefreshAsync();
        check.Returns(HealthStatus.Healthy);
        for (var minute = 10; minute <= 360; minute += 10)
        {
            host.Time.Advance(TimeSpan.FromMinutes(10));
            await host.RefreshAsync();
        }

        var sameDay = await host.RefreshAsync("api");

        // Day 1, 00:30: up once, then down; the day window (the current hour and the 23 before) no longer holds the hour
        // from midnight of day 0, with its failure and five checks up.
        host.Time.Advance(TimeSpan.FromHours(18.5));
        check.Returns(HealthStatus.Degraded);
        await host.RefreshAsync();
        check.Returns(HealthStatus.Unhealthy);
        var nextDay = await host.RefreshAsync("api");

        // Day 31: only the checks of day 31 count.
        host.Time.Advance(TimeSpan.FromDays(30));
        check.Returns(HealthStatus.Healthy);
        var monthLater = await host.RefreshAsync("api");

        Assert.Equal(new ComponentUptime(1, 37.0 / 38, 37.0 / 38), sameDay.Uptime);
        Assert.Equal(0.5, nextDay.Uptime.LastHour);
        Assert.Equal(33.0 / 34, nextDay.Uptime.LastDay, 9);
        Assert.Equal(38.0 / 40, nextDay.Uptime.Last30Days, 9);
        Assert.Equal(new ComponentUptime(1, 1, 1), monthLater.Uptime);
    }
}
