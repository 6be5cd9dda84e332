namespace VideoPipeline.Sdk.Monitoring;

/// <summary>The class of device a web-vitals report came from; web vitals are aggregated per metric and device class.</summary>
public enum DeviceClass
{
    /// <summary>The device is not known.</summary>
    Unknown = 0,

    /// <summary>A desktop or laptop browser.</summary>
    Desktop = 1,

    /// <summary>A phone.</summary>
    Mobile = 2,

    /// <summary>A tablet.</summary>
    Tablet = 3,
}
