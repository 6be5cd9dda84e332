using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Primitives;

namespace VideoPipeline.Sdk.Styles.DependencyInjection.Internal;

/// <summary>
/// A view of the package's configuration section without its <c>Templates</c> subsection, for the configuration binder. The
/// templates in configuration are read by the strict catalog reader, which reports the template and the field at fault. The
/// binder must not see them: it would try to build <see cref="StylesOptions.Templates"/> items property by property, and it
/// silently drops an item it cannot build, so whether a template also landed there would depend on the binder's reach.
/// </summary>
internal sealed class ConfigurationWithoutTemplates : IConfiguration
{
    private static readonly IConfigurationSection Nothing = new EmptySection();

    private readonly IConfiguration _inner;

    public ConfigurationWithoutTemplates(IConfiguration inner)
    {
        _inner = inner;
    }

    public string? this[string key]
    {
        get => IsTemplates(key) ? null : _inner[key];
        set => _inner[key] = value;
    }

    public IEnumerable<IConfigurationSection> GetChildren() => _inner.GetChildren().Where(child => !IsTemplates(child.Key));

    public IChangeToken GetReloadToken() => _inner.GetReloadToken();

    public IConfigurationSection GetSection(string key) => IsTemplates(key) ? Nothing : _inner.GetSection(key);

    private static bool IsTemplates(string key) =>
        key.Equals(nameof(StylesOptions.Templates), StringComparison.OrdinalIgnoreCase)
        || key.StartsWith(nameof(StylesOptions.Templates) + ConfigurationPath.KeyDelimiter, StringComparison.OrdinalIgnoreCase);

    /// <summary>A section with no value and no children.</summary>
    private sealed class EmptySection : IConfigurationSection
    {
        public string Key => nameof(StylesOptions.Templates);

        public string Path => nameof(StylesOptions.Templates);

        public string? Value
        {
            get => null;
            set => throw new NotSupportedException("The Templates section is read by the style catalog, not the binder.");
        }

        public string? this[string key]
        {
            get => null;
            set => throw new NotSupportedException("The Templates section is read by the style catalog, not the binder.");
        }

        public IEnumerable<IConfigurationSection> GetChildren() => [];

        public IChangeToken GetReloadToken() => new CancellationChangeToken(CancellationToken.None);

        public IConfigurationSection GetSection(string key) => this;
    }
}
