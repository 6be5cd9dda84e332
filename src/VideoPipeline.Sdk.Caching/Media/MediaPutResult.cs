namespace VideoPipeline.Sdk.Caching;

/// <summary>The outcome of <see cref="IMediaStore.PutAsync"/>.</summary>
/// <param name="Hash">The SHA-256 of the content: its address in the store.</param>
/// <param name="Length">The content's length in bytes.</param>
/// <param name="WasDuplicate"><see langword="true"/> when the same bytes were stored already and only a reference was added.</param>
public readonly record struct MediaPutResult(ContentHash Hash, long Length, bool WasDuplicate);
