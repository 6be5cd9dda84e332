namespace VideoPipeline.Sdk.Health.Checks.Internal;

/// <summary>A delegate-based checker added with <c>RegisterHealthChecker</c>; one registration per component.</summary>
internal sealed record HealthCheckerRegistration(string Name, ComponentKind Kind, Func<CancellationToken, ValueTask<ComponentCheckResult>> Check);
