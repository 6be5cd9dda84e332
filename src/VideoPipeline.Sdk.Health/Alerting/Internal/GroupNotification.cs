using System.Globalization;
using System.Text;

namespace VideoPipeline.Sdk.Health.Alerting.Internal;

/// <summary>
/// The one notification a group flush delivers: the member's own alert when one member is notified, else a summary alert
/// with the group's name, the highest severity, firing if any member fires, and one description line per member.
/// </summary>
internal static class GroupNotification
{
    /// <summary>The component of a summary whose members concern different components.</summary>
    public const string MultipleComponents = "multiple";

    /// <summary>The label of a summary that holds how many alerts it summarizes.</summary>
    public const string AlertCountLabel = "alert_count";

    /// <summary>How many members a summary's description lists before "... and N more".</summary>
    public const int MaxDescribedMembers = 50;

    /// <summary>How many components a summary's one-line summary names before "and N more".</summary>
    public const int MaxNamedComponents = 10;

    public static Alert Create(AlertGroup group, List<Alert> members, DateTimeOffset now)
    {
        if (members.Count == 1)
        {
            return members[0];
        }

        members.Sort(static (left, right) =>
        {
            var order = left.Status.CompareTo(right.Status);
            order = order != 0 ? order : right.Severity.CompareTo(left.Severity);
            return order != 0 ? order : string.CompareOrdinal(left.Component, right.Component);
        });

        var firing = 0;
        var severity = AlertSeverity.Info;
        var components = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            firing += member.Status == AlertStatus.Firing ? 1 : 0;
            severity = member.Severity > severity ? member.Severity : severity;
            components.Add(member.Component);
        }

        var labels = new Dictionary<string, string>(group.Labels, StringComparer.Ordinal)
        {
            [AlertCountLabel] = members.Count.ToString(CultureInfo.InvariantCulture),
        };
        return new Alert(group.Name, severity, components.Count == 1 ? components.Min! : MultipleComponents, Summarize(group.Name, firing, members.Count - firing, components), now)
        {
            Status = firing > 0 ? AlertStatus.Firing : AlertStatus.Resolved,
            Description = Describe(members),
            Labels = labels,
        };
    }

    private static string Summarize(string name, int firing, int resolved, SortedSet<string> components)
    {
        var text = new StringBuilder();
        if (firing > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{firing} firing");
        }

        if (resolved > 0)
        {
            text.Append(firing > 0 ? ", " : string.Empty).Append(CultureInfo.InvariantCulture, $"{resolved} resolved");
        }

        text.Append(": ").Append(name).Append(" on ").AppendJoin(", ", components.Take(MaxNamedComponents));
        if (components.Count > MaxNamedComponents)
        {
            text.Append(CultureInfo.InvariantCulture, $" and {components.Count - MaxNamedComponents} more");
        }

        return text.ToString();
    }

    private static string Describe(List<Alert> members)
    {
        var text = new StringBuilder();
        for (var index = 0; index < Math.Min(members.Count, MaxDescribedMembers); index++)
        {
            var member = members[index];
            text.Append(CultureInfo.InvariantCulture, $"{member.Status} {member.Severity} {member.Component}: {member.Summary}").Append('\n');
        }

        if (members.Count > MaxDescribedMembers)
        {
            text.Append(CultureInfo.InvariantCulture, $"... and {members.Count - MaxDescribedMembers} more").Append('\n');
        }

        return text.ToString(0, text.Length - 1);
    }
}
