namespace VideoPipeline.Sdk.Conventions.Tests.Fixtures;

#pragma warning disable CA1812, CA1852 // Deliberate violations: the rules must find them.

/// <summary>A public class that is neither sealed nor abstract nor designed for inheritance.</summary>
public class UnsealedViolation
{
}

/// <summary>An options type with no <c>IValidateOptions</c> implementation.</summary>
public sealed class UnvalidatedViolationOptions
{
    public int Value { get; set; }
}
