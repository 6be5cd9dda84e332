namespace VideoPipeline.Sdk.Monitoring.Performance.Internal;

/// <summary>Normalizes HTTP methods the way OpenTelemetry's semantic conventions do: the standard verbs in upper case,
/// anything else as <c>_OTHER</c>, so the method tag stays bounded. Returns interned strings; allocates nothing.</summary>
internal static class HttpMethods
{
    private static readonly string[] Known = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE", "CONNECT", "QUERY"];

    public static string Normalize(string method)
    {
        foreach (var known in Known)
        {
            if (string.Equals(known, method, StringComparison.OrdinalIgnoreCase))
            {
                return known;
            }
        }

        return "_OTHER";
    }
}
