using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace VideoPipeline.Sdk.Conventions.Tests;

/// <summary>The conventions of every VideoPipeline.Sdk package, as checks that return the violations they find.</summary>
internal static class ConventionRules
{
    /// <summary>
    /// Public classes designed for inheritance, each with the reason. Everything else public must be sealed, abstract or static.
    /// </summary>
    public static readonly IReadOnlyDictionary<Type, string> DesignedForInheritance = new Dictionary<Type, string>();

    /// <summary>Every shipped package: the VideoPipeline.Sdk assemblies next to the tests, test assemblies excluded.</summary>
    public static IReadOnlyList<Assembly> PackageAssemblies { get; } =
    [
        .. Directory.GetFiles(AppContext.BaseDirectory, "VideoPipeline.Sdk*.dll")
            .Where(path => !path.EndsWith(".Tests.dll", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => Assembly.LoadFrom(path)),
    ];

    public static IEnumerable<Type> FindInheritableClasses(Assembly assembly) =>
        assembly.GetExportedTypes()
            .Where(type => type.IsClass && !type.IsSealed && !type.IsAbstract && !DesignedForInheritance.ContainsKey(type));

    /// <summary>
    /// Options types bound from configuration (an <c>*Options</c> class with a public <c>SectionName</c> constant) that have no
    /// <see cref="IValidateOptions{TOptions}"/> in their assembly. Per-call options such as entry options are checked at the call.
    /// </summary>
    public static IEnumerable<Type> FindOptionsWithoutValidator(Assembly assembly)
    {
        var validated = assembly.GetTypes()
            .SelectMany(type => type.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidateOptions<>))
            .Select(i => i.GenericTypeArguments[0])
            .ToHashSet();
        return assembly.GetExportedTypes()
            .Where(type => type.IsClass && type.Name.EndsWith("Options", StringComparison.Ordinal) && !validated.Contains(type))
            .Where(type => type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true });
    }

    /// <summary>
    /// The builder extensions an integrator calls with nothing but configuration: public static <c>Add*</c> methods on
    /// <see cref="IServiceCollection"/> or <see cref="IVideoPipelineBuilder"/> whose other parameters are an
    /// <see cref="IConfiguration"/>, an <see cref="IConfigurationSection"/> or an options callback.
    /// </summary>
    public static IEnumerable<MethodInfo> FindBuilderExtensions(Assembly assembly) =>
        assembly.GetExportedTypes()
            .Where(type => type.IsAbstract && type.IsSealed)
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(method => method.Name.StartsWith("Add", StringComparison.Ordinal) && !method.IsGenericMethodDefinition)
            .Where(method => method.GetParameters() is [var first, .. var rest]
                && (first.ParameterType == typeof(IServiceCollection) || first.ParameterType == typeof(IVideoPipelineBuilder))
                && rest.All(p => p.ParameterType == typeof(IConfiguration) || p.ParameterType == typeof(IConfigurationSection) || IsOptionsCallback(p.ParameterType)));

    /// <summary>
    /// Calls a builder extension on a fresh container, builds it with validation on, resolves every registered service
    /// and every validated options value, and returns the failures.
    /// </summary>
    public static IEnumerable<string> FindResolutionFailures(MethodInfo extension)
    {
        var services = new ServiceCollection();
        var parameters = extension.GetParameters();
        object target = parameters[0].ParameterType == typeof(IVideoPipelineBuilder) ? services.AddVideoPipeline() : services;
        var arguments = parameters.Select((p, i) => i == 0 ? target : DefaultArgument(p.ParameterType)).ToArray();
        extension.Invoke(null, arguments);

        var failures = new List<string>();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        foreach (var serviceType in services.Where(d => !d.IsKeyedService && !d.ServiceType.ContainsGenericParameters).Select(d => d.ServiceType).Distinct())
        {
            try
            {
                _ = provider.GetServices(serviceType).ToList();
            }
            catch (Exception exception)
            {
                failures.Add($"{extension.DeclaringType!.Name}.{extension.Name}: {serviceType}: {exception.Message}");
            }
        }

        var validatedOptions = services
            .Where(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(IValidateOptions<>))
            .Select(d => d.ServiceType.GenericTypeArguments[0])
            .Distinct();
        foreach (var optionsType in validatedOptions)
        {
            try
            {
                _ = ((IOptions<object>)Activator.CreateInstance(typeof(OptionsReader<>).MakeGenericType(optionsType), provider)!).Value;
            }
            catch (Exception exception)
            {
                failures.Add($"{extension.DeclaringType!.Name}.{extension.Name}: default {optionsType.Name} is invalid: {exception.Message}");
            }
        }

        return failures;
    }

    private static bool IsOptionsCallback(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Action<>);

    private static object DefaultArgument(Type type) => type == typeof(IConfiguration) ? new ConfigurationBuilder().Build()
        : type == typeof(IConfigurationSection) ? new ConfigurationBuilder().Build().GetSection("VideoPipeline:Package")
        : Delegate.CreateDelegate(type, typeof(ConventionRules).GetMethod(nameof(Ignore), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(type.GenericTypeArguments[0]));

    private static void Ignore<T>(T value)
    {
    }

    private sealed class OptionsReader<T>(IServiceProvider provider) : IOptions<object>
        where T : class
    {
        public object Value => provider.GetRequiredService<IOptions<T>>().Value;
    }
}
