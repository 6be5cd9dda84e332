namespace VideoPipeline.Sdk.Queueing.Scheduling.Internal;

/// <summary>
/// Four FIFO lists of jobs, one per priority, linked through <see cref="JobEntry.NextInLane"/> so that queuing allocates
/// nothing. A job cancelled while queued stays linked and is skipped when it reaches the head. Guarded by the scheduler's lock.
/// </summary>
internal sealed class JobLanes
{
    private const int LaneCount = 4;
    private readonly JobEntry?[] _heads = new JobEntry?[LaneCount];
    private readonly JobEntry?[] _tails = new JobEntry?[LaneCount];
    private readonly long[] _counts = new long[LaneCount];

    /// <summary>Gets the number of live jobs in every lane.</summary>
    public long Count { get; private set; }

    /// <summary>Gets the number of live jobs in one lane.</summary>
    public long CountOf(JobPriority priority) => _counts[(int)priority];

    public void Enqueue(JobEntry entry)
    {
        var lane = (int)entry.Options.Priority;
        entry.NextInLane = null;
        if (_tails[lane] is { } tail)
        {
            tail.NextInLane = entry;
        }
        else
        {
            _heads[lane] = entry;
        }

        _tails[lane] = entry;
        _counts[lane]++;
        Count++;
    }

    /// <summary>Returns the live head of a lane, dropping cancelled jobs in front of it.</summary>
    public JobEntry? Peek(int lane)
    {
        var head = _heads[lane];
        while (head is not null && head.CancelRequested)
        {
            head = Unlink(lane, head);
        }

        return head;
    }

    /// <summary>Removes the head of a lane, which <see cref="Peek"/> returned.</summary>
    public void Dequeue(int lane)
    {
        var head = _heads[lane]!;
        Unlink(lane, head);
        _counts[lane]--;
        Count--;
    }

    /// <summary>Counts a job cancelled while queued out of the lane; it is unlinked when it reaches the head.</summary>
    public void Forget(JobEntry entry)
    {
        _counts[(int)entry.Options.Priority]--;
        Count--;
    }

    /// <summary>Determines whether a job is linked in its lane; a linear scan, for the rare cancellation of a queued job.</summary>
    public bool Contains(JobEntry entry)
    {
        for (var node = _heads[(int)entry.Options.Priority]; node is not null; node = node.NextInLane)
        {
            if (node == entry)
            {
                return true;
            }
        }

        return false;
    }

    private JobEntry? Unlink(int lane, JobEntry head)
    {
        var next = head.NextInLane;
        head.NextInLane = null;
        _heads[lane] = next;
        if (next is null)
        {
            _tails[lane] = null;
        }

        return next;
    }
}
