namespace VideoPipeline.Sdk.Queueing.Tests.TestHandlers;

/// <summary>The payload of a stress job: how it behaves and what it declares.</summary>
/// <param name="Number">The job's number.</param>
/// <param name="Yields">How many times the handler yields its thread before it ends.</param>
/// <param name="MemoryMegabytes">The memory it declares, also counted by the handler.</param>
/// <param name="Pool">The connection pool it declares, or <see langword="null"/>.</param>
/// <param name="Outcome">What the handler does: <c>ok</c>, <c>fail</c> (not transient) or <c>flaky</c> (transient on the first attempt).</param>
internal sealed record StressJob(int Number, int Yields, int MemoryMegabytes, string? Pool, string Outcome);
