using VideoPipeline.Sdk.Conventions.Tests.Fixtures;

namespace VideoPipeline.Sdk.Conventions.Tests;

public sealed class PackageConventionTests
{
    public static TheoryData<string> Packages => [.. ConventionRules.PackageAssemblies.Select(a => a.GetName().Name!)];

    [Fact]
    public void EveryPackageIsChecked()
    {
        Assert.Contains("VideoPipeline.Sdk", Packages);
        Assert.Contains("VideoPipeline.Sdk.Abstractions", Packages);
        Assert.Contains("VideoPipeline.Sdk.Testing", Packages);
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void PublicClasses_AreSealedOrAbstract_UnlessDesignedForInheritance(string package)
    {
        Assert.Empty(ConventionRules.FindInheritableClasses(Load(package)));
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void EveryOptionsType_HasAValidator(string package)
    {
        Assert.Empty(ConventionRules.FindOptionsWithoutValidator(Load(package)));
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void EveryBuilderExtension_ResolvesItsServicesFromAFreshContainer(string package)
    {
        var failures = ConventionRules.FindBuilderExtensions(Load(package)).SelectMany(ConventionRules.FindResolutionFailures).ToList();

        Assert.Empty(failures);
    }

    [Fact]
    public void RootPackage_HasBuilderExtensionsToCheck()
    {
        var names = ConventionRules.FindBuilderExtensions(Load("VideoPipeline.Sdk")).Select(m => m.Name).Distinct();

        Assert.Contains("AddVideoPipeline", names);
    }

    [Fact]
    public void Rules_FindDeliberateViolations()
    {
        var fixtures = typeof(UnsealedViolation).Assembly;

        Assert.Contains(typeof(UnsealedViolation), ConventionRules.FindInheritableClasses(fixtures));
        Assert.Contains(typeof(UnvalidatedViolationOptions), ConventionRules.FindOptionsWithoutValidator(fixtures));
        Assert.DoesNotContain(typeof(PerCallViolationEntryOptions), ConventionRules.FindOptionsWithoutValidator(fixtures));
        Assert.DoesNotContain(typeof(PackageConventionTests), ConventionRules.FindInheritableClasses(fixtures));
    }

    private static System.Reflection.Assembly Load(string package) =>
        ConventionRules.PackageAssemblies.Single(a => a.GetName().Name == package);
}
