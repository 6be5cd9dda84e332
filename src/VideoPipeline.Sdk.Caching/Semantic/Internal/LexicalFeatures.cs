using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;

namespace VideoPipeline.Sdk.Caching.Semantic.Internal;

/// <summary>
/// The features of <see cref="LexicalPromptEmbedder"/>, hashed into a vector: normalized words, pairs of neighbouring
/// content words within a phrase (so that "a cat chasing a dog" and "a dog chasing a cat" differ), words joined by a hyphen
/// as one word, and character trigrams of content words (so that spelling variants stay close). Each feature is hashed with
/// XXH3 over its UTF-8 bytes into a bucket, with a sign from another bit of the hash so that collisions cancel out rather than
/// add up. The hash does not depend on the process, the machine or the .NET version.
/// </summary>
internal static class LexicalFeatures
{
    /// <summary>The weight of a content word.</summary>
    public const float ContentWeight = 1.0f;

    /// <summary>The weight of request boilerplate and quality boosters.</summary>
    public const float WeakWeight = 0.25f;

    /// <summary>The weight of a function word.</summary>
    public const float StopWeight = 0.1f;

    /// <summary>The weight of a pair of neighbouring content words, relative to the lighter of the two.</summary>
    public const float BigramWeight = 0.5f;

    /// <summary>The length, relative to the word's weight, of all character trigrams of a word together.</summary>
    public const float CharGramWeight = 0.5f;

    /// <summary>The weight of two words joined by a hyphen, hashed as one word.</summary>
    public const float CompoundWeight = 0.7f;

    private const long UnigramSeed = 0x5EED_0001;
    private const long BigramSeed = 0x5EED_0002;
    private const long CharGramSeed = 0x5EED_0003;
    private const int StackTokens = 128;

    /// <summary>Adds the features of <paramref name="text"/> to <paramref name="vector"/>, then damps repeated features.</summary>
    /// <param name="text">The prompt.</param>
    /// <param name="vector">The vector; its length is the number of buckets.</param>
    /// <returns><see langword="true"/> when the prompt had at least one word.</returns>
    public static bool Accumulate(ReadOnlySpan<char> text, Span<float> vector)
    {
        var maxTokens = PromptTokenizer.MaxTokenCount(text.Length);
        PromptToken[]? rented = null;
        Span<PromptToken> tokens = maxTokens <= StackTokens
            ? stackalloc PromptToken[StackTokens]
            : (rented = ArrayPool<PromptToken>.Shared.Rent(maxTokens));
        try
        {
            var count = PromptTokenizer.Tokenize(text, tokens);
            Span<char> word = stackalloc char[WordNormalizer.MaxWordLength];
            Span<char> joined = stackalloc char[WordNormalizer.MaxWordLength * 2];
            var previousHash = 0UL;
            var previousWeight = 0f;
            var previousIsNumber = false;
            var any = false;
            for (var i = 0; i < count; i++)
            {
                var token = tokens[i];
                if (token.IsSegmentStart)
                {
                    previousWeight = 0f;
                }

                // Numbers in words or digits hash alike: "twenty-five" and "25", "ten thousand" and "10,000".
                WordClass wordClass;
                var raw = text.Slice(token.Start, token.Length);
                var length = WordNormalizer.Fold(raw, word);
                var read = NumberReader.MayStartNumber(word[..length]) ? NumberReader.Read(text, tokens[..count], i, word, out length) : 0;
                var isNumber = read > 0;
                if (isNumber)
                {
                    wordClass = length == 1 && word[0] == '1' ? WordClass.Weak : WordClass.Content;
                    i += read - 1;
                }
                else
                {
                    length = WordNormalizer.Normalize(raw, word, out wordClass);
                }

                if (length == 0)
                {
                    continue;
                }

                any = true;
                var weight = wordClass switch
                {
                    WordClass.Content => ContentWeight,
                    WordClass.Weak => WeakWeight,
                    _ => StopWeight,
                };
                var hash = Hash(word[..length], UnigramSeed);
                Add(vector, hash, weight);
                if (wordClass == WordClass.Stop)
                {
                    continue;
                }

                if (!isNumber)
                {
                    AddCharGrams(vector, word[..length], weight * CharGramWeight);
                    if (token.IsHyphenated && !previousIsNumber)
                    {
                        AddCompound(vector, text, tokens[i - 1], token, joined, word);
                    }
                }

                if (previousWeight > 0f)
                {
                    Add(vector, Combine(previousHash, hash), BigramWeight * Math.Min(previousWeight, weight));
                }

                previousHash = hash;
                previousWeight = weight;
                previousIsNumber = isNumber;
            }

            if (any)
            {
                Damp(vector);
            }

            return any;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<PromptToken>.Shared.Return(rented);
            }
        }
    }

    private static void AddCompound(Span<float> vector, ReadOnlySpan<char> text, PromptToken first, PromptToken second, Span<char> joined, Span<char> word)
    {
        var firstLength = Math.Min(first.Length, WordNormalizer.MaxWordLength);
        var secondLength = Math.Min(second.Length, WordNormalizer.MaxWordLength);
        text.Slice(first.Start, firstLength).CopyTo(joined);
        text.Slice(second.Start, secondLength).CopyTo(joined[firstLength..]);
        var length = WordNormalizer.Normalize(joined[..(firstLength + secondLength)], word, out var wordClass);
        if (length > 0 && wordClass == WordClass.Content)
        {
            Add(vector, Hash(word[..length], UnigramSeed), CompoundWeight);
        }
    }

    private static void AddCharGrams(Span<float> vector, ReadOnlySpan<char> word, float blockWeight)
    {
        if (word.Length < 2)
        {
            return;
        }

        // "<word>" has word.Length trigrams; together they weigh blockWeight whatever the length of the word.
        Span<char> padded = stackalloc char[WordNormalizer.MaxWordLength + 2];
        padded[0] = '<';
        word.CopyTo(padded[1..]);
        padded[word.Length + 1] = '>';
        var gramWeight = blockWeight / MathF.Sqrt(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            Add(vector, Hash(padded.Slice(i, 3), CharGramSeed), gramWeight);
        }
    }

    private static ulong Hash(ReadOnlySpan<char> text, long seed)
    {
        Span<byte> bytes = stackalloc byte[WordNormalizer.MaxWordLength * 3];
        int length;
        if (Ascii.IsValid(text))
        {
            // The UTF-8 bytes of ASCII text, without the encoder's overhead.
            length = Ascii.FromUtf16(text, bytes, out var written) == OperationStatus.Done ? written : Encoding.UTF8.GetBytes(text, bytes);
        }
        else
        {
            length = Encoding.UTF8.GetBytes(text, bytes);
        }

        return XxHash3.HashToUInt64(bytes[..length], seed);
    }

    private static ulong Combine(ulong first, ulong second)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, first);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes[8..], second);
        return XxHash3.HashToUInt64(bytes, BigramSeed);
    }

    private static void Add(Span<float> vector, ulong hash, float weight)
    {
        var index = (int)(hash % (ulong)vector.Length);
        vector[index] += (hash >> 63) == 0 ? weight : -weight;
    }

    // Sublinear term frequency: a feature seen once keeps its weight; more occurrences grow with the logarithm.
    private static void Damp(Span<float> vector)
    {
        for (var i = 0; i < vector.Length; i++)
        {
            var magnitude = MathF.Abs(vector[i]);
            if (magnitude > 1f)
            {
                vector[i] = MathF.CopySign(1f + MathF.Log(magnitude), vector[i]);
            }
        }
    }
}
