using VideoPipeline.Sdk.Health.Evaluation.Internal;

namespace VideoPipeline.Sdk.Health.Tests.Evaluation;

public sealed class UptimeCounterTests
{
    private static readonly DateTimeOffset Midnight = HealthHost.Epoch;

    [Fact]
    public void NoChecks_IsNaNInEveryWindow()
    {
        var uptime = new UptimeCounter().Read(Midnight);

        Assert.Equal(new ComponentUptime(double.NaN, double.NaN, double.NaN), uptime);
    }

    [Fact]
    public void Checks_CountTheShareThatWasUp()
    {
        var counter = new UptimeCounter();
        counter.Record(Midnight, up: true);
        counter.Record(Midnight.AddSeconds(10), up: true);
        counter.Record(Midnight.AddSeconds(20), up: true);
        counter.Record(Midnight.AddMinutes(5), up: false);

        Assert.Equal(new ComponentUptime(0.75, 0.75, 0.75), counter.Read(Midnight.AddMinutes(5)));
    }

    [Fact]
    public void LastHour_KeepsTheCurrentMinuteAndTheFiftyNineBefore()
    {
        var counter = new UptimeCounter();
        counter.Record(Midnight, up: false);
        counter.Record(Midnight.AddMinutes(30), up: true);

        Assert.Equal(0.5, counter.Read(Midnight.AddMinutes(59).AddSeconds(59)).LastHour);
        Assert.Equal(1, counter.Read(Midnight.AddMinutes(60)).LastHour);
        Assert.Equal(double.NaN, counter.Read(Midnight.AddMinutes(90)).LastHour);
        Assert.Equal(0.5, counter.Read(Midnight.AddMinutes(90)).LastDay);
    }

    [Fact]
    public void LastDay_KeepsTheCurrentHourAndTheTwentyThreeBefore()
    {
        var counter = new UptimeCounter();
        counter.Record(Midnight, up: false);
        counter.Record(Midnight.AddHours(12), up: true);

        Assert.Equal(0.5, counter.Read(Midnight.AddHours(23).AddMinutes(59)).LastDay);
        Assert.Equal(1, counter.Read(Midnight.AddHours(24)).LastDay);
        Assert.Equal(0.5, counter.Read(Midnight.AddHours(24)).Last30Days);
    }

    [Fact]
    public void Last30Days_KeepsTheCurrentDayAndTheTwentyNineBefore()
    {
        var counter = new UptimeCounter();
        counter.Record(Midnight, up: false);
        counter.Record(Midnight.AddDays(10), up: true);

        Assert.Equal(0.5, counter.Read(Midnight.AddDays(29).AddHours(23)).Last30Days);
        Assert.Equal(1, counter.Read(Midnight.AddDays(30)).Last30Days);
        Assert.Equal(double.NaN, counter.Read(Midnight.AddDays(40)).Last30Days);
    }

    [Fact]
    public void BucketReusedAfterItsWindow_ForgetsItsOldCounts()
    {
        var counter = new UptimeCounter();
        counter.Record(Midnight, up: false);

        // Minute 60 falls in the same minute bucket as minute 0, hour 24 in the same hour bucket as hour 0, day 30 in
        // the same day bucket as day 0.
        counter.Record(Midnight.AddMinutes(60), up: true);
        counter.Record(Midnight.AddDays(30), up: true);

        var uptime = counter.Read(Midnight.AddDays(30));
        Assert.Equal(new ComponentUptime(1, 1, 1), uptime);
    }

    [Fact]
    public void ManyDaysOfChecks_KeepOnlyTheWindows_InTheSameMemory()
    {
        var counter = new UptimeCounter();
        var time = Midnight;
        counter.Record(time, up: true);
        var before = GC.GetAllocatedBytesForCurrentThread();

        // A check every 30 seconds for 90 days: down for the first 60 days, up for the last 30.
        for (var check = 1; check < 90 * 2_880; check++)
        {
            time = time.AddSeconds(30);
            counter.Record(time, up: time >= Midnight.AddDays(60));
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.Equal(new ComponentUptime(1, 1, 1), counter.Read(time));
    }

    [Fact]
    public void ReadingLater_AgesTheWindowsWithoutNewChecks()
    {
        var counter = new UptimeCounter();
        counter.Record(Midnight, up: false);
        counter.Record(Midnight.AddMinutes(1), up: true);

        var uptime = counter.Read(Midnight.AddHours(2));

        Assert.Equal(double.NaN, uptime.LastHour);
        Assert.Equal(0.5, uptime.LastDay);
        Assert.Equal(0.5, uptime.Last30Days);
    }
}
