namespace VideoPipeline.Sdk.Caching;

/// <summary>A snapshot of a media store's counters, from <see cref="IMediaStore.GetStatistics"/>.</summary>
public sealed record MediaStoreStatistics
{
    /// <summary>Gets the number of blobs stored.</summary>
    public long BlobCount { get; init; }

    /// <summary>Gets the bytes of all stored blobs, each counted once.</summary>
    public long Bytes { get; init; }

    /// <summary>Gets the number of puts of content that was stored already.</summary>
    public long DuplicatePuts { get; init; }

    /// <summary>Gets the bytes that de-duplication did not store again.</summary>
    public long DeduplicatedBytes { get; init; }

    /// <summary>Gets the number of reads that found a blob whose bytes no longer match its hash.</summary>
    public long CorruptReads { get; init; }

    /// <summary>Gets the number of reads of a blob that was expected but not found.</summary>
    public long MissingReads { get; init; }
}
