using System.Buffers;
using System.Security.Cryptography;
using CsCheck;

namespace VideoPipeline.Sdk.Abstractions.Tests.Generation;

public sealed class GenerationRequestKeyPropertyTests
{
    private const int Iterations = 2_000;

    [Fact]
    public void ComputeKey_AnySingleFieldChanged_GivesDifferentKey()
    {
        RequestSpec.Generator.Select(Gen.Int[0, RequestSpec.FieldCount - 1]).Sample((spec, field) =>
        {
            var original = spec.Build();
            var changed = spec.Mutate(field).Build();

            Assert.NotEqual(original.ComputeKey(), changed.ComputeKey());
            Assert.NotEqual(original, changed);
        }, iter: Iterations, seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void ComputeKey_EveryFieldChangedInTurn_GivesDistinctKeys()
    {
        RequestSpec.Generator.Sample(spec =>
        {
            var keys = Enumerable.Range(0, RequestSpec.FieldCount)
                .Select(field => spec.Mutate(field).Build().ComputeKey())
                .Append(spec.Build().ComputeKey())
                .ToList();

            Assert.Equal(keys.Count, keys.Distinct().Count());
        }, iter: 500);
    }

    [Fact]
    public void ComputeKey_ParametersInAnyOrder_GiveSameKeyAndEqualRequests()
    {
        RequestSpec.Generator.SelectMany(spec => Gen.Shuffle(spec.Parameters.ToArray()).Select(shuffled => (spec, shuffled))).Sample(sample =>
        {
            var (spec, shuffled) = sample;
            var fromDictionary = spec.Build();
            var fromShuffled = spec.Build(shuffled);
            var fromWithParameter = shuffled.Aggregate(spec.Build([]), (request, p) => request.WithParameter(p.Key, p.Value));

            Assert.Equal(fromDictionary.ComputeKey(), fromShuffled.ComputeKey());
            Assert.Equal(fromDictionary.ComputeKey(), fromWithParameter.ComputeKey());
            Assert.Equal(fromDictionary, fromWithParameter);
            Assert.Equal(fromDictionary.GetHashCode(), fromWithParameter.GetHashCode());
        }, iter: Iterations);
    }

    [Fact]
    public void ComputeContextKey_IgnoresPromptOnly()
    {
        RequestSpec.Generator.Select(Gen.Int[0, RequestSpec.FieldCount - 1]).Sample((spec, field) =>
        {
            var original = spec.Build();
            var changed = spec.Mutate(field).Build();

            if (field == 3)
            {
                Assert.Equal(original.ComputeContextKey(), changed.ComputeContextKey());
            }
            else
            {
                Assert.NotEqual(original.ComputeContextKey(), changed.ComputeContextKey());
            }

            Assert.NotEqual(original.ComputeKey(), original.ComputeContextKey());
        }, iter: Iterations);
    }

    [Fact]
    public void WriteCanonicalForm_HashesToComputeKey()
    {
        RequestSpec.Generator.Sample(spec =>
        {
            var request = spec.Build();
            var buffer = new ArrayBufferWriter<byte>();

            var written = request.WriteCanonicalForm(buffer);

            Assert.Equal(buffer.WrittenCount, written);
            Assert.Equal(request.ComputeKey(), new GenerationRequestKey(SHA256.HashData(buffer.WrittenSpan)));
        }, iter: 500);
    }

    [Fact]
    public void ComputeKey_LongPrompt_BeyondStackBuffer_IsStableAndSensitive()
    {
        var prompt = string.Concat(Enumerable.Repeat("a slow dolly shot over a misty valley ", 200));
        var request = new GenerationRequest("synthetic", "v1", MediaKind.Video, prompt);

        Assert.Equal(request.ComputeKey(), new GenerationRequest("synthetic", "v1", MediaKind.Video, prompt).ComputeKey());
        Assert.NotEqual(request.ComputeKey(), (request with { Prompt = prompt + "." }).ComputeKey());
    }
}
