namespace VideoPipeline.Sdk.Caching.Semantic.Internal;

/// <summary>
/// Keeps the best matches offered to it in a caller's span, best first (ties: the smaller id first), and the least
/// similarity a new match needs: the minimum similarity while the span has room, then the worst match kept.
/// </summary>
internal ref struct MatchCollector
{
    private readonly Span<VectorMatch> _results;
    private readonly float _minSimilarity;
    private int _count;

    public MatchCollector(Span<VectorMatch> results, float minSimilarity)
    {
        _results = results;
        _minSimilarity = minSimilarity;
        Floor = minSimilarity;
    }

    /// <summary>Gets the most matches kept: the length of the span.</summary>
    public readonly int Capacity => _results.Length;

    /// <summary>Gets the number of matches kept.</summary>
    public readonly int Count => _count;

    /// <summary>Gets the least similarity a match needs to be kept (a tie with the worst kept match may still enter on its id).</summary>
    public float Floor { get; private set; }

    /// <summary>Offers a match; returns <see langword="true"/> when <see cref="Floor"/> rose.</summary>
    public bool Offer(long id, float similarity)
    {
        if (similarity < Floor)
        {
            return false;
        }

        var results = _results;
        var position = _count;
        if (position == results.Length)
        {
            ref readonly var worst = ref results[position - 1];
            if (similarity == worst.Similarity && id > worst.Id)
            {
                return false;
            }

            position--;
        }
        else
        {
            _count++;
        }

        while (position > 0 && (results[position - 1].Similarity < similarity
            || (results[position - 1].Similarity == similarity && results[position - 1].Id > id)))
        {
            results[position] = results[position - 1];
            position--;
        }

        results[position] = new VectorMatch(id, similarity);
        if (_count < results.Length)
        {
            return false;
        }

        var floor = Math.Max(_minSimilarity, results[_count - 1].Similarity);
        var rose = floor > Floor;
        Floor = floor;
        return rose;
    }
}
