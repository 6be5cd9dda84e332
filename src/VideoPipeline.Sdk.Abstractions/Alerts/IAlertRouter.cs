namespace VideoPipeline.Sdk;

/// <summary>
/// An <see cref="IAlertSink"/> that stands between the packages that raise alerts and the sinks that deliver them: it
/// de-duplicates, groups, inhibits and cools down alerts, then delivers notifications to every registered
/// <see cref="IAlertSink"/>. The Health package registers one.
/// </summary>
/// <remarks>
/// A package that raises alerts sends them to the <see cref="IAlertRouter"/> when the service collection has one, and to
/// every <see cref="IAlertSink"/> otherwise, so that no sink receives an alert twice. The router is not itself
/// registered as an <see cref="IAlertSink"/>.
/// </remarks>
public interface IAlertRouter : IAlertSink
{
}
