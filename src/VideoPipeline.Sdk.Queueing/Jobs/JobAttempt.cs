namespace VideoPipeline.Sdk.Queueing;

/// <summary>One run of a job's handler, kept in the job's history.</summary>
/// <param name="Number">The attempt number, from 1.</param>
/// <param name="StartedAt">When the handler started.</param>
/// <param name="EndedAt">When the handler ended.</param>
/// <param name="Error">Why the attempt failed, or <see langword="null"/> when it succeeded.</param>
public sealed record JobAttempt(int Number, DateTimeOffset StartedAt, DateTimeOffset EndedAt, JobError? Error);
