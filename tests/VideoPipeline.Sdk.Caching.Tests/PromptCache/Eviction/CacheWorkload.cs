namespace VideoPipeline.Sdk.Caching.Tests.PromptCache.Eviction;

/// <summary>
/// A seeded, deterministic workload for the prompt cache: a catalog of distinct generation requests of four kinds with
/// realistic sizes, prices and latencies, and a stream of requests over it with Zipf-distributed popularity, a share of
/// which are paraphrases (near-duplicates) of the item they target.
/// </summary>
/// <remarks>
/// <para>
/// Catalog mix (share of distinct items; popularity is independent of kind, so the request mix is the same): text 45%,
/// image 35%, speech 12%, video 8%. A video pipeline asks for many scripts, scene descriptions and key frames per clip,
/// and video is the scarce, expensive step.
/// </para>
/// <para>
/// Sizes, prices and latencies per kind. Prices are typical public list prices of 2025 APIs; each item draws its own
/// model tier, so the same kind spans cheap and premium models. Size and price are drawn from the same physical quantity
/// where one exists (tokens, duration, resolution), so they are correlated as they are in reality, not independent.
/// </para>
/// <list type="bullet">
/// <item><description>
/// Text (LLM script or scene text): 250–2,000 output tokens at ~4 bytes per token, 1–8 KB. Price $4–$10 per million output
/// tokens, prompt included (GPT-4o $10/M output, GPT-4.1 $8/M, Claude Haiku $4/M), so $0.001–$0.02. Latency 1 s plus
/// tokens at 100–150 tokens/s, 2–21 s.
/// </description></item>
/// <item><description>
/// Image: 1024×1024, or 1792×1024 for 30% (HD/wide). PNG for 60% (1.2–1.7 MB at 1024×1024), JPEG/WebP for 40%
/// (0.5–0.8 MB), wide frames 1.75× larger: 0.5–3 MB. Price $0.02–$0.045 per standard image (Imagen 4 Fast $0.02,
/// FLUX.1 [pro] $0.04, DALL·E 3 standard $0.04, gpt-image-1 medium ~$0.042), 1.75× for HD/wide (DALL·E 3 HD $0.08):
/// $0.02–$0.08. Latency 5–20 s.
/// </description></item>
/// <item><description>
/// Speech (narration): 20–120 s at 15 characters per second (300–1,800 characters), MP3 at 128 kbit/s (16 KB/s):
/// 0.32–1.9 MB. Price $0.03–$0.055 per 1,000 characters (OpenAI tts-1-hd $30/M, ElevenLabs API tiers), so $0.009–$0.10.
/// Latency 2 s plus 0.05–0.1 s per second of audio, 3–14 s.
/// </description></item>
/// <item><description>
/// Video clip: 4–10 s. H.264 at 10–32 Mbit/s (720p–1080p, 1.25–4 MB/s): 5–40 MB. Price $0.0625–$0.25 per second
/// (Runway Gen-4 Turbo $0.05/s, Kling and Sora 2 ~$0.10/s, Veo 3 Fast $0.15/s, Runway Gen-4 $0.12/s, Sora 2 Pro $0.30/s):
/// $0.25–$2.50. Latency 30 s plus 3–15 s per second of video, 42–180 s.
/// </description></item>
/// </list>
/// <para>
/// Popularity: request <c>i</c> of the catalog's popularity ranking is drawn with probability proportional to
/// <c>1 / rank^s</c>; the ranking is a seeded random permutation of the catalog, so popularity says nothing about kind,
/// size or price. Near-duplicates: a share of the requests are paraphrases of an item drawn from the same distribution,
/// so popular items are paraphrased most. A semantic match answers a paraphrase with the item's entry, so the simulation
/// looks up the item's key for it (a hit when the item is cached) and, on a miss, stores the generated result under that
/// key (the paraphrase's result answers the cluster as well as the original's would).
/// </para>
/// </remarks>
internal sealed class CacheWorkload
{
    private CacheWorkload(int seed, double zipfExponent, double nearDuplicateShare, WorkloadItem[] items, WorkloadRequest[] requests)
    {
        Seed = seed;
        ZipfExponent = zipfExponent;
        NearDuplicateShare = nearDuplicateShare;
        Items = items;
        Requests = requests;
        TotalBytes = items.Sum(item => item.Bytes);
    }

    public int Seed { get; }

    public double ZipfExponent { get; }

    public double NearDuplicateShare { get; }

    /// <summary>Gets the catalog of distinct requests.</summary>
    public IReadOnlyList<WorkloadItem> Items { get; }

    /// <summary>Gets the request stream, in order.</summary>
    public IReadOnlyList<WorkloadRequest> Requests { get; }

    /// <summary>Gets the bytes of the whole catalog: what a cache that kept everything would hold.</summary>
    public long TotalBytes { get; }

    /// <summary>Gets the share of distinct items of each kind in the catalog.</summary>
    public static IReadOnlyList<(MediaKind Kind, double Share)> KindMix { get; } =
    [
        (MediaKind.Text, 0.45),
        (MediaKind.Image, 0.35),
        (MediaKind.Speech, 0.12),
        (MediaKind.Video, 0.08),
    ];

    /// <summary>Generates a workload; the same arguments give the same workload on every machine and run.</summary>
    public static CacheWorkload Generate(int seed, int catalogSize, int requestCount, double zipfExponent, double nearDuplicateShare)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(catalogSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(requestCount);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(zipfExponent);
        ArgumentOutOfRangeException.ThrowIfNegative(nearDuplicateShare);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(nearDuplicateShare, 1);

        var random = new Random(seed);
        var items = new WorkloadItem[catalogSize];
        for (var id = 0; id < catalogSize; id++)
        {
            items[id] = CreateItem(id, PickKind(random.NextDouble()), random);
        }

        // Popularity rank r (0 = most popular) belongs to item byRank[r]: a random permutation, independent of kind.
        var byRank = Enumerable.Range(0, catalogSize).ToArray();
        random.Shuffle(byRank);
        var cumulative = new double[catalogSize];
        var total = 0.0;
        for (var rank = 0; rank < catalogSize; rank++)
        {
            total += 1 / Math.Pow(rank + 1, zipfExponent);
            cumulative[rank] = total;
        }

        var requests = new WorkloadRequest[requestCount];
        for (var i = 0; i < requestCount; i++)
        {
            var nearDuplicate = random.NextDouble() < nearDuplicateShare;
            var rank = Array.BinarySearch(cumulative, random.NextDouble() * total);
            rank = Math.Min(rank < 0 ? ~rank : rank, catalogSize - 1);
            requests[i] = new WorkloadRequest(byRank[rank], nearDuplicate);
        }

        return new CacheWorkload(seed, zipfExponent, nearDuplicateShare, items, requests);
    }

    private static MediaKind PickKind(double draw)
    {
        foreach (var (kind, share) in KindMix)
        {
            if (draw < share)
            {
                return kind;
            }

            draw -= share;
        }

        return KindMix[^1].Kind;
    }

    private static WorkloadItem CreateItem(int id, MediaKind kind, Random random)
    {
        switch (kind)
        {
            case MediaKind.Text:
            {
                var tokens = LogUniform(random, 250, 2_000);
                var pricePerToken = Uniform(random, 4, 10) / 1_000_000;
                var latency = 1 + (tokens / Uniform(random, 100, 150));
                return new WorkloadItem(id, kind, "text/plain", (long)(tokens * 4), Usd(tokens * pricePerToken), latency);
            }

            case MediaKind.Image:
            {
                var wide = random.NextDouble() < 0.3;
                var png = random.NextDouble() < 0.6;
                var scale = wide ? 1.75 : 1.0;
                var bytes = scale * (png ? Uniform(random, 1.2e6, 1.7e6) : Uniform(random, 0.5e6, 0.8e6));
                var price = scale * LogUniform(random, 0.02, 0.045);
                return new WorkloadItem(id, kind, png ? "image/png" : "image/jpeg", (long)bytes, Usd(price), Uniform(random, 5, 20));
            }

            case MediaKind.Speech:
            {
                var seconds = Uniform(random, 20, 120);
                var price = seconds * 15 / 1_000 * LogUniform(random, 0.03, 0.055);
                var latency = 2 + (seconds * Uniform(random, 0.05, 0.1));
                return new WorkloadItem(id, kind, "audio/mpeg", (long)(seconds * 16_000), Usd(price), latency);
            }

            default:
            {
                var seconds = Uniform(random, 4, 10);
                var bytes = seconds * Uniform(random, 1.25e6, 4e6);
                var price = seconds * LogUniform(random, 0.0625, 0.25);
                var latency = 30 + (seconds * Uniform(random, 3, 15));
                return new WorkloadItem(id, MediaKind.Video, "video/mp4", (long)bytes, Usd(price), latency);
            }
        }
    }

    private static double Uniform(Random random, double min, double max) => min + (random.NextDouble() * (max - min));

    private static double LogUniform(Random random, double min, double max) => min * Math.Pow(max / min, random.NextDouble());

    /// <summary>Rounds to a hundredth of a cent, as providers bill.</summary>
    private static decimal Usd(double amount) => Math.Round((decimal)amount, 4);
}
