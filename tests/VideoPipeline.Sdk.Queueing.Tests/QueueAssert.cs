namespace VideoPipeline.Sdk.Queueing.Tests;

/// <summary>
/// Waits on the queue the way a test must: for a job's completion or for a state it reaches on the thread pool, with ten
/// seconds as a safety net only (the conditions themselves never depend on wall-clock time).
/// </summary>
internal static class QueueAssert
{
    public static readonly TimeSpan SafetyNet = TimeSpan.FromSeconds(10);

    public static Task<JobSnapshot> CompletedAsync(this IJobQueue queue, JobId id) =>
        queue.WaitForCompletionAsync(id).AsTask().WaitAsync(SafetyNet);

    public static Task<JobSnapshot> ReachesAsync(this IJobQueue queue, JobId id, JobState state) =>
        queue.ReachesAsync(id, snapshot => snapshot.State == state, $"state {state}");

    public static Task<JobSnapshot> ReachesAsync(this IJobQueue queue, JobId id, JobState state, int attemptCount) =>
        queue.ReachesAsync(id, snapshot => snapshot.State == state && snapshot.AttemptCount == attemptCount, $"state {state} after {attemptCount} attempts");

    public static async Task<JobSnapshot> ReachesAsync(this IJobQueue queue, JobId id, Func<JobSnapshot, bool> condition, string description)
    {
        var deadline = DateTime.UtcNow + SafetyNet;
        JobSnapshot? last = null;
        while (DateTime.UtcNow < deadline)
        {
            last = await queue.GetAsync(id);
            if (last is not null && condition(last))
            {
                return last;
            }

            await Task.Delay(2);
        }

        throw new Xunit.Sdk.XunitException($"Job {id} did not reach {description}; it is {last?.State} after {last?.AttemptCount} attempts.");
    }

    public static async Task EventuallyAsync(Func<bool> condition, string description)
    {
        var deadline = DateTime.UtcNow + SafetyNet;
        while (!condition())
        {
            if (DateTime.UtcNow >= deadline)
            {
                throw new Xunit.Sdk.XunitException($"Timed out waiting until {description}.");
            }

            await Task.Delay(2);
        }
    }
}
