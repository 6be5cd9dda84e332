namespace VideoPipeline.Sdk.Monitoring.Resources.Internal;

/// <summary>Holds the latest resource sample; the sampling timer refreshes it, and a reader before the first tick gets a
/// sample taken on demand.</summary>
internal sealed class ResourceMonitor(TimeProvider timeProvider)
{
    private readonly ResourceSampler _sampler = new(timeProvider);
    private readonly Lock _sampling = new();
    private ResourceUsage? _latest;

    public ResourceUsage Latest => Volatile.Read(ref _latest) ?? Sample();

    public ResourceUsage Sample()
    {
        lock (_sampling)
        {
            var usage = _sampler.Sample();
            Volatile.Write(ref _latest, usage);
            return usage;
        }
    }
}
