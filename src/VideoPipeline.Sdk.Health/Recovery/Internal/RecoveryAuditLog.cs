namespace VideoPipeline.Sdk.Health.Recovery.Internal;

/// <summary>
/// The latest recovery attempts in a fixed ring, oldest first. Appended from the attempts' tasks and read by the
/// evaluation, under a lock with a short critical section; the read-only snapshot is built once per change.
/// </summary>
internal sealed class RecoveryAuditLog(int capacity)
{
    private readonly RecoveryAttempt[] _entries = new RecoveryAttempt[capacity];
    private readonly Lock _lock = new();
    private int _count;
    private int _next;
    private IReadOnlyList<RecoveryAttempt> _snapshot = [];
    private bool _changed;

    public void Append(RecoveryAttempt attempt)
    {
        lock (_lock)
        {
            _entries[_next] = attempt;
            _next = (_next + 1) % _entries.Length;
            _count = Math.Min(_count + 1, _entries.Length);
            _changed = true;
        }
    }

    /// <summary>Gets the entries, oldest first; the same instance until the next <see cref="Append"/>.</summary>
    public IReadOnlyList<RecoveryAttempt> Snapshot()
    {
        lock (_lock)
        {
            if (_changed)
            {
                var entries = new RecoveryAttempt[_count];
                var start = _count < _entries.Length ? 0 : _next;
                for (var position = 0; position < _count; position++)
                {
                    entries[position] = _entries[(start + position) % _entries.Length];
                }

                _snapshot = Array.AsReadOnly(entries);
                _changed = false;
            }

            return _snapshot;
        }
    }
}
