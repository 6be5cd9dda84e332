using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace VideoPipeline.Sdk.Providers.Internal;

/// <summary>
/// Wraps a provider: checks each request against the descriptor before it costs anything, bounds the call by
/// <see cref="VideoPipelineOptions.ProviderTimeout"/> on the <see cref="TimeProvider"/>, checks the result, and records
/// the call's outcome, duration and cost.
/// </summary>
internal sealed class GuardedGenerationProvider(
    IGenerationProvider inner,
    IOptionsMonitor<VideoPipelineOptions> options,
    ProviderMetrics metrics,
    TimeProvider timeProvider,
    ILogger logger) : IGenerationProvider
{
    public GenerationProviderDescriptor Descriptor => inner.Descriptor;

    public async ValueTask<GenerationResult> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var descriptor = inner.Descriptor;
        CheckRequest(descriptor, request);

        var timeout = options.CurrentValue.ProviderTimeout;
        using var activity = metrics.StartActivity(descriptor.Name, request);
        var started = timeProvider.GetTimestamp();
        using var timeoutSource = new CancellationTokenSource(timeout, timeProvider);
        using var linkedSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        try
        {
            var result = await inner.GenerateAsync(request, linkedSource.Token).ConfigureAwait(false);
            CheckResult(descriptor, request, result);
            metrics.RecordSuccess(descriptor.Name, request.Kind, timeProvider.GetElapsedTime(started), result.Cost);
            return result;
        }
        catch (OperationCanceledException exception) when (timeoutSource.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            metrics.RecordFailure(descriptor.Name, request.Kind, timeProvider.GetElapsedTime(started), ProviderMetrics.OutcomeTimeout, activity);
            Log.ProviderTimedOut(logger, descriptor.Name, request.Kind, timeout);
            throw new GenerationProviderException(
                GenerationErrorKind.Timeout,
                $"Generation provider '{descriptor.Name}' did not answer a {request.Kind} request within {timeout} (VideoPipeline:ProviderTimeout).",
                exception)
            {
                Provider = descriptor.Name,
            };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            metrics.RecordFailure(descriptor.Name, request.Kind, timeProvider.GetElapsedTime(started), ProviderMetrics.OutcomeCancelled, activity);
            throw;
        }
        catch (GenerationProviderException exception)
        {
            metrics.RecordFailure(descriptor.Name, request.Kind, timeProvider.GetElapsedTime(started), ProviderMetrics.Outcome(exception.ErrorKind), activity);
            Log.ProviderFailed(logger, descriptor.Name, request.Kind, exception.ErrorKind, exception.StatusCode);
            Log.ProviderFailureDetail(logger, descriptor.Name, exception);
            throw;
        }
        catch (Exception exception)
        {
            metrics.RecordFailure(descriptor.Name, request.Kind, timeProvider.GetElapsedTime(started), ProviderMetrics.OutcomeError, activity);
            Log.ProviderFailureDetail(logger, descriptor.Name, exception);
            throw;
        }
    }

    private static void CheckRequest(GenerationProviderDescriptor descriptor, GenerationRequest request)
    {
        if (!string.Equals(request.Provider, descriptor.Name, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"The request names provider '{request.Provider}' but was sent to provider '{descriptor.Name}'.", nameof(request));
        }

        if (!descriptor.Supports(request.Kind))
        {
            throw new GenerationProviderException(
                GenerationErrorKind.InvalidRequest,
                $"Generation provider '{descriptor.Name}' does not produce {request.Kind}; it produces {string.Join(", ", descriptor.SupportedKinds)}.")
            {
                Provider = descriptor.Name,
                ParameterName = nameof(GenerationRequest.Kind),
            };
        }
    }

    private static void CheckResult(GenerationProviderDescriptor descriptor, GenerationRequest request, GenerationResult? result)
    {
        if (result is null || result.Kind != request.Kind)
        {
            throw new GenerationProviderException(
                GenerationErrorKind.Permanent,
                $"Generation provider '{descriptor.Name}' answered a {request.Kind} request with {(result is null ? "nothing" : result.Kind.ToString())}.")
            {
                Provider = descriptor.Name,
            };
        }
    }
}
