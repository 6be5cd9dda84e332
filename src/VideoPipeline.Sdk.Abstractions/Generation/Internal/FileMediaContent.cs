namespace VideoPipeline.Sdk.Generation.Internal;

/// <summary>Content in a file, opened for asynchronous sequential reads on each call.</summary>
internal sealed class FileMediaContent(string path, long length) : MediaContent
{
    public override long? Length => length;

    public override ValueTask<Stream> OpenReadAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Stream stream = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.Open,
            Access = FileAccess.Read,
            Share = FileShare.Read,
            Options = FileOptions.Asynchronous | FileOptions.SequentialScan,
        });
        return ValueTask.FromResult(stream);
    }
}
