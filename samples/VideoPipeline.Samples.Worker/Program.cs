using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using VideoPipeline.Samples.Worker;
using VideoPipeline.Sdk;
using VideoPipeline.Sdk.Health;
using VideoPipeline.Sdk.Testing;

// The content root is the build output, so appsettings.json is found whatever folder the sample is started from.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });

var synthetic = builder.Configuration.GetSection("Synthetic").Get<SyntheticProviderOptions>() ?? new SyntheticProviderOptions();
var output = (builder.Configuration.GetSection("Sample").Get<SampleOptions>() ?? new SampleOptions()).ResolveOutputDirectory();
builder.Services.AddHealthChecks().AddCheck<ProviderHealthCheck>(ProviderHealthCheck.Provider, tags: ["generationprovider"]);
builder.Services
    .AddVideoPipeline(builder.Configuration)
    .AddCaching(builder.Configuration.GetSection("VideoPipeline:Caching"))
    .AddQueueing(builder.Configuration.GetSection("VideoPipeline:Queueing"))
    .AddMonitoring(builder.Configuration.GetSection("VideoPipeline:Monitoring"))
    .AddHealthMonitoring(builder.Configuration.GetSection("VideoPipeline:Health"))
    .AddQuality(builder.Configuration.GetSection("VideoPipeline:Quality"))
    .RegisterHealthChecker(MediaDiskCheck.Name, ComponentKind.Storage, _ => MediaDiskCheck.CheckAsync(output))
    .AddJobHandler<GenerationRequest, GenerateMediaHandler>(GenerateMediaHandler.JobType)
    .AddProvider(services => new SyntheticGenerationProvider(synthetic, services.GetRequiredService<TimeProvider>()));

builder.Services.Configure<SampleOptions>(builder.Configuration.GetSection("Sample"));
builder.Services.AddHostedService<MediaBatchWorker>();

await builder.Build().RunAsync();
