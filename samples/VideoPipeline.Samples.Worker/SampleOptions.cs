namespace VideoPipeline.Samples.Worker;

/// <summary>What the sample generates and where it writes the media.</summary>
internal sealed class SampleOptions
{
    /// <summary>Gets or sets the number of scenes; each scene gets an image, a clip and a line of narration.</summary>
    public int Scenes { get; set; } = 3;

    /// <summary>Gets or sets the most the storyboard's video may cost, in US dollars, for the quality optimizer.</summary>
    public decimal MaxCostUsd { get; set; } = 10;

    /// <summary>Gets or sets the folder the media is written to; empty for a folder under the temporary directory.</summary>
    public string OutputDirectory { get; set; } = "";

    /// <summary>Returns <see cref="OutputDirectory"/>, or the default folder under the temporary directory, created.</summary>
    public string ResolveOutputDirectory()
    {
        var output = string.IsNullOrEmpty(OutputDirectory) ? Path.Combine(Path.GetTempPath(), "videopipeline-sample") : OutputDirectory;
        Directory.CreateDirectory(output);
        return output;
    }
}
