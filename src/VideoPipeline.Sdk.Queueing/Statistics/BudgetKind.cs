namespace VideoPipeline.Sdk.Queueing;

/// <summary>The kind of a budget the queue admits jobs against.</summary>
public enum BudgetKind
{
    /// <summary>Jobs running at once, over every type (<see cref="QueueOptions.MaxConcurrency"/>).</summary>
    Concurrency = 0,

    /// <summary>Jobs of one type running at once (<see cref="QueueOptions.MaxConcurrencyPerJobType"/>).</summary>
    JobTypeConcurrency = 1,

    /// <summary>Megabytes declared by running jobs (<see cref="QueueOptions.MemoryBudgetMegabytes"/>).</summary>
    Memory = 2,

    /// <summary>US dollars of jobs started in the last hour (<see cref="QueueOptions.CostPerHourBudgetUsd"/>).</summary>
    CostPerHour = 3,

    /// <summary>Connections of a named pool in use (<see cref="QueueOptions.ConnectionPools"/>).</summary>
    ConnectionPool = 4,
}
