namespace VideoPipeline.Sdk.Health.Tests;

/// <summary>
/// Waits for something a background task does. Not a timed assertion: the guard only turns a hang into a failure.
/// </summary>
internal static class Eventually
{
    /// <summary>How long a test waits for a background step before it fails instead of hanging.</summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    /// <summary>Waits for <paramref name="task"/>, failing the test if it has not completed within the hang guard.</summary>
    public static Task<T> Within<T>(Task<T> task) => task.WaitAsync(HangGuard);

    /// <summary>Waits for <paramref name="task"/>, failing the test if it has not completed within the hang guard.</summary>
    public static Task Within(Task task) => task.WaitAsync(HangGuard);

    /// <summary>Runs <paramref name="attempt"/> until it returns a value that satisfies <paramref name="done"/>, yielding
    /// to the thread pool in between; fails the test after the hang guard.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> attempt, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow + HangGuard;
        while (true)
        {
            var value = await attempt();
            if (done(value))
            {
                return value;
            }

            Assert.True(DateTime.UtcNow < deadline, "The background step did not happen.");
            await Task.Delay(TimeSpan.FromMilliseconds(5));
        }
    }
}
