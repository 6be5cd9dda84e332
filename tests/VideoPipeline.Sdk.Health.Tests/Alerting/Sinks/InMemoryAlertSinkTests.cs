namespace VideoPipeline.Sdk.Health.Tests.Alerting.Sinks;

public sealed class InMemoryAlertSinkTests
{
    [Fact]
    public async Task SendAsync_BeyondCapacity_KeepsTheLatestOldestFirst_AndCountsAll()
    {
        var sink = new InMemoryAlertSink(3);

        for (var index = 0; index < 5; index++)
        {
            await sink.SendAsync(TestAlerts.Create(name: $"alert.{index}"));
        }

        Assert.Equal(["alert.2", "alert.3", "alert.4"], sink.GetNotifications().Select(alert => alert.Name));
        Assert.Equal(5, sink.ReceivedCount);
    }

    [Fact]
    public async Task SendAsync_BelowCapacity_KeepsEveryNotificationInOrder()
    {
        var sink = new InMemoryAlertSink(10);

        await sink.SendAsync(TestAlerts.Create(name: "first"));
        await sink.SendAsync(TestAlerts.Create(name: "second"));

        Assert.Equal(["first", "second"], sink.GetNotifications().Select(alert => alert.Name));
        Assert.Equal(2, sink.ReceivedCount);
    }

    [Fact]
    public void NewSink_HasNothing()
    {
        var sink = new InMemoryAlertSink(1);

        Assert.Empty(sink.GetNotifications());
        Assert.Equal(0, sink.ReceivedCount);
    }

    [Fact]
    public async Task GetNotifications_ReturnsACopy_ThatLaterNotificationsDoNotChange()
    {
        var sink = new InMemoryAlertSink(2);
        await sink.SendAsync(TestAlerts.Create(name: "first"));

        var before = sink.GetNotifications();
        await sink.SendAsync(TestAlerts.Create(name: "second"));
        await sink.SendAsync(TestAlerts.Create(name: "third"));

        Assert.Equal(["first"], before.Select(alert => alert.Name));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_CapacityBelowOne_Throws(int capacity)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new InMemoryAlertSink(capacity));

        Assert.Equal("capacity", error.ParamName);
        Assert.Equal(capacity, error.ActualValue);
    }

    [Fact]
    public async Task SendAsync_NullAlert_Throws()
    {
        var sink = new InMemoryAlertSink(1);

        var error = await Assert.ThrowsAsync<ArgumentNullException>(() => sink.SendAsync(null!).AsTask());

        Assert.Equal("alert", error.ParamName);
        Assert.Equal(0, sink.ReceivedCount);
    }

    [Fact]
    public async Task SendAsync_ConcurrentSenders_LoseNothing()
    {
        const int Senders = 8;
        const int PerSender = 5_000;
        const int Capacity = 1_000;
        var sink = new InMemoryAlertSink(Capacity);
        var alerts = Enumerable.Range(0, Senders)
            .Select(sender => Enumerable.Range(0, PerSender).Select(index => TestAlerts.Create(name: $"sender{sender}.{index}")).ToArray())
            .ToArray();

        using var start = new Barrier(Senders + 1);
        var senders = alerts.Select(batch => Task.Run(async () =>
        {
            start.SignalAndWait();
            foreach (var alert in batch)
            {
                await sink.SendAsync(alert);
            }
        })).ToArray();
        var reader = Task.Run(() =>
        {
            start.SignalAndWait();
            while (!senders.All(task => task.IsCompleted))
            {
                var kept = sink.GetNotifications();
                Assert.True(kept.Count <= Capacity);
                Assert.DoesNotContain(null, kept);
            }
        });
        await Task.WhenAll([.. senders, reader]);

        var notifications = sink.GetNotifications().ToList();
        Assert.Equal(Senders * PerSender, sink.ReceivedCount);
        Assert.Equal(Capacity, notifications.Count);
        Assert.Equal(Capacity, notifications.Distinct().Count());

        // Each sender's own notifications are kept in the order it sent them, and the last one it sent is kept if any is.
        foreach (var batch in alerts)
        {
            var positions = batch.Select(alert => notifications.IndexOf(alert)).Where(position => position >= 0).ToList();
            Assert.Equal(positions.Order(), positions);
            Assert.True(positions.Count == 0 || notifications.Contains(batch[^1]));
        }
    }
}
