namespace VideoPipeline.Sdk.Caching.PromptCache.Internal;

/// <summary>
/// The prompt cache's running totals, updated with <see cref="Interlocked"/> so that recording a hit takes no lock and
/// allocates nothing. Money is counted in units of 10⁻⁸ dollars so that it can be added atomically as a <see cref="long"/>.
/// </summary>
internal sealed class PromptCacheCounters
{
    public const decimal MoneyUnitsPerDollar = 100_000_000m;

    private long _exactHits;
    private long _semanticHits;
    private long _misses;
    private long _generations;
    private long _costSavedUnits;
    private long _timeSavedTicks;
    private long _compressionSavedBytes;
    private long _readErrors;

    public static long ToMoneyUnits(Money money) => (long)decimal.Round(money.Usd * MoneyUnitsPerDollar);

    public void RecordHit(PromptCacheOutcome outcome, long costUnits, long latencyTicks)
    {
        Interlocked.Increment(ref outcome == PromptCacheOutcome.SemanticHit ? ref _semanticHits : ref _exactHits);
        if (costUnits != 0)
        {
            Interlocked.Add(ref _costSavedUnits, costUnits);
        }

        if (latencyTicks != 0)
        {
            Interlocked.Add(ref _timeSavedTicks, latencyTicks);
        }
    }

    public void RecordMiss() => Interlocked.Increment(ref _misses);

    public void RecordGeneration() => Interlocked.Increment(ref _generations);

    public void RecordCompression(long savedBytes) => Interlocked.Add(ref _compressionSavedBytes, savedBytes);

    public void RecordReadError() => Interlocked.Increment(ref _readErrors);

    public PromptCacheStatistics Snapshot(MemoryTier memory, long semanticRefusals, long otherReadErrors) => new()
    {
        ExactHits = Volatile.Read(ref _exactHits),
        SemanticHits = Volatile.Read(ref _semanticHits),
        Misses = Volatile.Read(ref _misses),
        SemanticRefusals = semanticRefusals,
        Generations = Volatile.Read(ref _generations),
        EntryCount = memory.Count,
        MemoryBytes = memory.MemoryBytes,
        MediaBytes = memory.MediaBytes,
        Evictions = memory.Evictions,
        CostSaved = Money.FromUsd(Volatile.Read(ref _costSavedUnits) / MoneyUnitsPerDollar),
        TimeSaved = TimeSpan.FromTicks(Volatile.Read(ref _timeSavedTicks)),
        CompressionSavedBytes = Volatile.Read(ref _compressionSavedBytes),
        ReadErrors = Volatile.Read(ref _readErrors) + otherReadErrors,
    };
}
