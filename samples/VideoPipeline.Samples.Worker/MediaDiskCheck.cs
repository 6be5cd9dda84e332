using Microsoft.Extensions.Diagnostics.HealthChecks;
using VideoPipeline.Sdk.Health;

namespace VideoPipeline.Samples.Worker;

/// <summary>
/// A delegate checker (<c>RegisterHealthChecker</c>) for the disk the media is written to: reports the share of free
/// space, which the threshold under <c>VideoPipeline:Health:Components:media-disk</c> judges.
/// </summary>
internal static class MediaDiskCheck
{
    public const string Name = "media-disk";

    public const string FreeSpaceRatio = "free_space.ratio";

    public static ValueTask<ComponentCheckResult> CheckAsync(string directory)
    {
        var drive = new DriveInfo(Path.GetPathRoot(Path.GetFullPath(directory)) ?? directory);
        if (!drive.IsReady || drive.TotalSize == 0)
        {
            return ValueTask.FromResult(new ComponentCheckResult(HealthStatus.Unhealthy, $"The drive of {directory} is not ready."));
        }

        var free = (double)drive.AvailableFreeSpace / drive.TotalSize;
        return ValueTask.FromResult(new ComponentCheckResult(HealthStatus.Healthy) { Metrics = new Dictionary<string, double> { [FreeSpaceRatio] = free } });
    }
}
