namespace VideoPipeline.Sdk.Queueing;

/// <summary>Helpers for <see cref="JobState"/>.</summary>
public static class JobStateExtensions
{
    /// <summary>Determines whether a job in this state will never change again.</summary>
    /// <param name="state">The state.</param>
    /// <returns><see langword="true"/> for succeeded, failed, cancelled and dead-lettered.</returns>
    public static bool IsFinal(this JobState state) => state >= JobState.Succeeded;
}
