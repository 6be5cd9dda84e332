namespace VideoPipeline.Sdk.Queueing;

/// <summary>How much of one budget is in use, and how many jobs wait for it.</summary>
public readonly record struct BudgetUtilization
{
    /// <summary>Gets the kind of budget.</summary>
    public BudgetKind Kind { get; init; }

    /// <summary>Gets the job type or pool name, or <see langword="null"/> for the global budgets.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the amount in use: jobs, megabytes or US dollars.</summary>
    public double InUse { get; init; }

    /// <summary>Gets the limit, in the same unit.</summary>
    public double Limit { get; init; }

    /// <summary>Gets the jobs ready to run that wait for this budget.</summary>
    public long Waiting { get; init; }

    /// <summary>Gets <see cref="InUse"/> divided by <see cref="Limit"/>, from 0 to 1.</summary>
    public double Utilization => Limit > 0 ? Math.Clamp(InUse / Limit, 0, 1) : 0;
}
