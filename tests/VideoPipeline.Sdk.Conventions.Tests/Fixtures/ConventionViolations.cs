namespace VideoPipeline.Sdk.Conventions.Tests.Fixtures;

#pragma warning disable CA1812, CA1852 // Deliberate violations: the rules must find them.

/// <summary>A public class that is neither sealed nor abstract nor designed for inheritance.</summary>
public class UnsealedViolation
{
}

/// <summary>A configuration-bound options type with no <c>IValidateOptions</c> implementation.</summary>
public sealed class UnvalidatedViolationOptions
{
    public const string SectionName = "Violation";

    public int Value { get; set; }
}

/// <summary>Per-call options, not bound from configuration: checked at the call, so no validator is needed.</summary>
public sealed class PerCallViolationEntryOptions
{
    public int Value { get; init; }
}
