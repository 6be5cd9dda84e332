namespace VideoPipeline.Sdk.Monitoring;

/// <summary>
/// The handle of one step (or sub-step) of a tracked job: reports its progress, cost and resource use, adds sub-steps,
/// and finishes it. Reporting progress, cost or resource use on a pending step starts it (and its pending parents). Once the step is final (or its job is), every method but
/// <see cref="Name"/> throws <see cref="InvalidOperationException"/>. Thread-safe; reporting allocates nothing while the job
/// has no subscriber.
/// </summary>
public interface IStepProgress
{
    /// <summary>Gets the step's name.</summary>
    string Name { get; }

    /// <summary>Starts the step, which starts its duration. Starting a running step does nothing.</summary>
    /// <exception cref="InvalidOperationException">The step or its job is final.</exception>
    void Start();

    /// <summary>
    /// Reports how much of the step is done. A lower fraction than reported before is accepted but does not lower the
    /// step's or the job's fraction.
    /// </summary>
    /// <param name="fraction">The fraction done, from 0 to 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fraction"/> is not a number, negative or above 1.</exception>
    /// <exception cref="InvalidOperationException">The step or its job is final.</exception>
    void Report(double fraction);

    /// <summary>Reports how many of the step's units of work are done, for example frames rendered out of frames to render.</summary>
    /// <param name="completedUnits">The units done, from 0 to <paramref name="totalUnits"/>.</param>
    /// <param name="totalUnits">The units of the whole step; positive.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="totalUnits"/> is not positive, or
    /// <paramref name="completedUnits"/> is negative or above <paramref name="totalUnits"/>.</exception>
    /// <exception cref="InvalidOperationException">The step or its job is final.</exception>
    void Report(long completedUnits, long totalUnits);

    /// <summary>Adds money spent on the step, for example the price of a provider call.</summary>
    /// <param name="cost">The amount; zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cost"/> is negative.</exception>
    /// <exception cref="InvalidOperationException">The step or its job is final.</exception>
    void AddCost(Money cost);

    /// <summary>Adds resource use measured by the caller: CPU time accumulates, memory keeps its peak.</summary>
    /// <param name="cpuTime">CPU time spent since the last report; zero or more.</param>
    /// <param name="memoryBytes">The memory in use now, in bytes; zero or more. The step keeps the highest value.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cpuTime"/> or <paramref name="memoryBytes"/> is negative.</exception>
    /// <exception cref="InvalidOperationException">The step or its job is final.</exception>
    void AddResourceUsage(TimeSpan cpuTime, long memoryBytes);

    /// <summary>
    /// Adds a sub-step, pending. Once a step has sub-steps its fraction is the weighted mean of theirs when that is higher
    /// than its own reports; a sub-step added late never lowers it.
    /// </summary>
    /// <param name="definition">The sub-step; its name must differ from its siblings'.</param>
    /// <returns>The sub-step's handle.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The step already has a sub-step of that name.</exception>
    /// <exception cref="InvalidOperationException">The step or its job is final.</exception>
    IStepProgress AddSubStep(ProgressStepDefinition definition);

    /// <summary>
    /// Marks the step succeeded, with its unfinished sub-steps. A step that started teaches its type's duration prior;
    /// one that never started counts as done with no duration and teaches nothing. The job succeeds with its last step.
    /// </summary>
    /// <exception cref="InvalidOperationException">The step or its job is final.</exception>
    void Complete();

    /// <summary>
    /// Marks the step failed with an error and a suggestion (see <see cref="ProgressError.Suggestion"/>); the failure fails
    /// its parents and the job, whose unfinished steps are cancelled.
    /// </summary>
    /// <param name="exception">Why the step failed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The step or its job is final.</exception>
    void Fail(Exception exception);
}
