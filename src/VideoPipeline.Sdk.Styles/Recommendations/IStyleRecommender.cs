namespace VideoPipeline.Sdk.Styles;

/// <summary>
/// Recommends templates for a video from its moods, purposes, audiences, platforms and script, blending how well each
/// template fits with how popular it is in <see cref="IStyleUsageAnalytics"/>. Registered as a singleton by
/// <c>AddStyles</c>; safe to use from any thread.
/// </summary>
public interface IStyleRecommender
{
    /// <summary>
    /// Gets the templates that fit the criteria best, with scores and reasons. Each dimension that is set scores from 0 to 1
    /// as the mean of its terms' best matches: 1 for the same tag, 0.8 for a tag of the same meaning (<c>business</c> and
    /// <c>b2b</c>), 0.5 for a tag sharing a word (<c>launch</c> and <c>product-launch</c>), 0.3 for a word of the
    /// description; a platform with a known frame (<c>tiktok</c> 9:16, <c>instagram</c> 4:5, <c>youtube</c> 16:9,
    /// <c>cinema</c> 21:9) scores half by its tags and half by the template's aspect ratio (1 for the preferred ratio, 0.5
    /// for an acceptable one). The fit is the mean of the dimensions set; the score blends it with popularity. Templates
    /// with no fit at all are left out; the rest are ordered by score, then id.
    /// </summary>
    /// <param name="criteria">The criteria; at least one dimension must be set.</param>
    /// <returns>At most <see cref="StyleRecommendationCriteria.Count"/> recommendations, best first; empty when no template fits at all.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="criteria"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="criteria"/> is empty: no mood, purpose, audience or platform and no script text.</exception>
    IReadOnlyList<StyleRecommendation> GetRecommendedTemplates(StyleRecommendationCriteria criteria);
}
