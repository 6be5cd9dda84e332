using System.Diagnostics.CodeAnalysis;

namespace VideoPipeline.Sdk;

/// <summary>
/// Describes a generation provider: its name, the kinds of media it produces and its pricing.
/// </summary>
public sealed class GenerationProviderDescriptor
{
    /// <summary>The longest allowed provider name (64 characters).</summary>
    public const int MaxNameLength = 64;

    private readonly MediaKind[] _supportedKinds;

    /// <summary>
    /// Initializes a new instance of the <see cref="GenerationProviderDescriptor"/> class.
    /// </summary>
    /// <param name="name">
    /// The provider's name: 1 to 64 ASCII letters, digits, <c>.</c>, <c>-</c> or <c>_</c>. It appears in metric tags,
    /// so it is kept short and bounded.
    /// </param>
    /// <param name="supportedKinds">The kinds of media the provider produces; at least one.</param>
    /// <param name="pricing">The provider's prices.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a valid name, or <paramref name="supportedKinds"/> is empty or holds an undefined kind.</exception>
    public GenerationProviderDescriptor(string name, IEnumerable<MediaKind> supportedKinds, ProviderPricing pricing)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(supportedKinds);
        ArgumentNullException.ThrowIfNull(pricing);
        if (!IsValidName(name))
        {
            throw new ArgumentException(
                $"A provider name is 1 to {MaxNameLength} ASCII letters, digits, '.', '-' or '_'; got '{name}'.", nameof(name));
        }

        _supportedKinds = [.. supportedKinds.Distinct().Order()];
        if (_supportedKinds.Length == 0)
        {
            throw new ArgumentException($"Provider '{name}' must support at least one media kind.", nameof(supportedKinds));
        }

        foreach (var kind in _supportedKinds)
        {
            if (!Enum.IsDefined(kind))
            {
                throw new ArgumentException($"Provider '{name}' lists an undefined media kind {kind}.", nameof(supportedKinds));
            }
        }

        Name = name;
        Pricing = pricing;
    }

    /// <summary>Gets the provider's name, as used in <see cref="GenerationRequest.Provider"/>.</summary>
    public string Name { get; }

    /// <summary>Gets the kinds of media the provider produces, in ascending order.</summary>
    public IReadOnlyList<MediaKind> SupportedKinds => _supportedKinds;

    /// <summary>Gets the provider's prices.</summary>
    public ProviderPricing Pricing { get; }

    /// <summary>Returns whether the provider produces a kind of media.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> when the provider produces <paramref name="kind"/>.</returns>
    public bool Supports(MediaKind kind) => Array.IndexOf(_supportedKinds, kind) >= 0;

    /// <summary>Returns whether a text is a valid provider name: 1 to 64 ASCII letters, digits, <c>.</c>, <c>-</c> or <c>_</c>.</summary>
    /// <param name="name">The text.</param>
    /// <returns><see langword="true"/> when <paramref name="name"/> is a valid provider name.</returns>
    public static bool IsValidName([NotNullWhen(true)] string? name)
    {
        if (name is null || name.Length is 0 or > MaxNameLength)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
