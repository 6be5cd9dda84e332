namespace VideoPipeline.Sdk.Monitoring.Performance.Internal;

/// <summary>Normalizes HTTP methods the way OpenTelemetry's semantic conventions do: the standard verbs in upper case,
/// anything else as <c>_OTHER</c>, so the method tag stays bounded. Allocates nothing.</summary>
internal static class HttpMethods
{
    /// <summary>The normalized names; the index of a name is what <see cref="IndexOf"/> returns.</summary>
    public static readonly string[] Names = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE", "CONNECT", "QUERY", "_OTHER"];

    public static int IndexOf(string method)
    {
        // Callers usually pass the literals, which are interned: compare references before characters.
        for (var index = 0; index < Names.Length - 1; index++)
        {
            if (ReferenceEquals(Names[index], method))
            {
                return index;
            }
        }

        for (var index = 0; index < Names.Length - 1; index++)
        {
            if (string.Equals(Names[index], method, StringComparison.OrdinalIgnoreCase))
            {
                return index;
            }
        }

        return Names.Length - 1;
    }
}
