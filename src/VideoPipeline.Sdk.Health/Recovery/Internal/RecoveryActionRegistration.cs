namespace VideoPipeline.Sdk.Health.Recovery.Internal;

/// <summary>A recovery action added with <c>AddRecoveryAction</c>: the component it is for, and how to get it.</summary>
internal sealed record RecoveryActionRegistration(string Component, Func<IServiceProvider, IRecoveryAction> Create);
