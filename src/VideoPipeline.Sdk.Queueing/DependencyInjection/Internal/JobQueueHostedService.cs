using Microsoft.Extensions.Hosting;
using VideoPipeline.Sdk.Queueing.Scheduling.Internal;

namespace VideoPipeline.Sdk.Queueing.DependencyInjection.Internal;

/// <summary>Starts the scheduler with the host (resuming unfinished jobs from the store) and drains it when the host stops.</summary>
internal sealed class JobQueueHostedService(JobScheduler scheduler) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => scheduler.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => scheduler.StopAsync(cancellationToken);
}
