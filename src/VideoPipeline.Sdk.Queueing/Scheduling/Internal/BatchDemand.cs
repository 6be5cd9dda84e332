namespace VideoPipeline.Sdk.Queueing.Scheduling.Internal;

/// <summary>Sums the demand of a job and the other members of the batch it leads: a batch takes one slot, but the memory
/// and money of every member.</summary>
internal static class BatchDemand
{
    public static long MemoryMegabytes(JobEntry entry)
    {
        var total = entry.Options.Demand.MemoryMegabytes;
        if (entry.Details?.BatchMembers is { } members)
        {
            foreach (var member in members)
            {
                total += member.Options.Demand.MemoryMegabytes;
            }
        }

        return total;
    }

    public static decimal EstimatedCostUsd(JobEntry entry)
    {
        var total = entry.Options.Demand.EstimatedCost.Usd;
        if (entry.Details?.BatchMembers is { } members)
        {
            foreach (var member in members)
            {
                total += member.Options.Demand.EstimatedCost.Usd;
            }
        }

        return total;
    }

    /// <summary>Returns the cost the job (and its batch) actually reported, or <see langword="null"/> when no member reported one.</summary>
    public static decimal? ReportedCostUsd(JobEntry entry)
    {
        var reported = false;
        var total = Actual(entry, ref reported);
        if (entry.Details?.BatchMembers is { } members)
        {
            foreach (var member in members)
            {
                total += Actual(member, ref reported);
            }
        }

        return reported ? total : null;
    }

    private static decimal Actual(JobEntry entry, ref bool reported)
    {
        if (entry.Details is { } details)
        {
            lock (details)
            {
                if (details.HasReportedCost)
                {
                    reported = true;
                    return details.ReportedCost.Usd;
                }
            }
        }

        return entry.Options.Demand.EstimatedCost.Usd;
    }
}
