namespace VideoPipeline.Sdk.Caching;

/// <summary>
/// Options of the built-in media store, bound from the <c>VideoPipeline:Caching:MediaStore</c> configuration section.
/// </summary>
public sealed class MediaStoreOptions
{
    /// <summary>The configuration section the options are bound from: <c>VideoPipeline:Caching:MediaStore</c>.</summary>
    public const string SectionName = "VideoPipeline:Caching:MediaStore";

    /// <summary>
    /// Gets or sets the directory of the file-system store, or <see langword="null"/> to keep blobs in memory. Files are named
    /// only by hash; a temporary subdirectory holds writes in progress, which are renamed into place when complete.
    /// </summary>
    /// <value>The default is <see langword="null"/> (in memory); empty also means in memory. A value must be an absolute path.</value>
    public string? RootPath { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether reading a blob first checks that its bytes still match its hash, so that a
    /// corrupted file is reported as missing instead of being returned.
    /// </summary>
    /// <value>The default is <see langword="true"/>. The in-memory store always trusts its own bytes.</value>
    public bool VerifyOnRead { get; set; } = true;
}
