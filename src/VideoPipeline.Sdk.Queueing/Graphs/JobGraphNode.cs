namespace VideoPipeline.Sdk.Queueing;

/// <summary>A job of a <see cref="JobGraph"/>, before it is enqueued.</summary>
public sealed class JobGraphNode
{
    internal JobGraphNode(string name, string jobType, object payload, Type payloadType, JobOptions options)
    {
        Name = name;
        JobType = jobType;
        Payload = payload;
        PayloadType = payloadType;
        Options = options;
    }

    /// <summary>Gets the node's name, unique in its graph.</summary>
    public string Name { get; }

    /// <summary>Gets the job type.</summary>
    public string JobType { get; }

    /// <summary>Gets the payload.</summary>
    public object Payload { get; }

    /// <summary>Gets the payload type the node was added with.</summary>
    public Type PayloadType { get; }

    /// <summary>Gets the options; dependencies may name other nodes.</summary>
    public JobOptions Options { get; }
}
