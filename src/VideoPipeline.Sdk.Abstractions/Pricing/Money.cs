using System.Globalization;

namespace VideoPipeline.Sdk;

/// <summary>
/// An amount of money in US dollars. Every cost, price and budget in VideoPipeline.Sdk is a <see cref="Money"/>,
/// so amounts from different packages add up without conversion.
/// </summary>
/// <remarks>
/// The amount is a <see cref="decimal"/>, so sums of many small prices (a fraction of a cent per image) stay exact.
/// The type itself allows negative amounts (for differences); APIs that take a price or a cost reject negative values.
/// </remarks>
public readonly struct Money : IEquatable<Money>, IComparable<Money>, IComparable, IFormattable
{
    /// <summary>
    /// Initializes a new instance of the <see cref="Money"/> struct.
    /// </summary>
    /// <param name="usd">The amount in US dollars.</param>
    public Money(decimal usd)
    {
        Usd = usd;
    }

    /// <summary>Gets zero dollars.</summary>
    public static Money Zero => default;

    /// <summary>Gets the amount in US dollars.</summary>
    public decimal Usd { get; }

    /// <summary>Gets a value indicating whether the amount is below zero.</summary>
    public bool IsNegative => Usd < 0;

    /// <summary>Creates an amount in US dollars.</summary>
    /// <param name="usd">The amount in US dollars.</param>
    /// <returns>The amount.</returns>
    public static Money FromUsd(decimal usd) => new(usd);

    /// <summary>Adds two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    public static Money operator +(Money left, Money right) => new(left.Usd + right.Usd);

    /// <summary>Subtracts one amount from another.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    public static Money operator -(Money left, Money right) => new(left.Usd - right.Usd);

    /// <summary>Negates an amount.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The negated amount.</returns>
    public static Money operator -(Money value) => new(-value.Usd);

    /// <summary>Multiplies an amount by a quantity, for example a price per second by a number of seconds.</summary>
    /// <param name="price">The amount.</param>
    /// <param name="quantity">The quantity.</param>
    /// <returns>The product.</returns>
    public static Money operator *(Money price, decimal quantity) => new(price.Usd * quantity);

    /// <summary>Multiplies an amount by a quantity.</summary>
    /// <param name="quantity">The quantity.</param>
    /// <param name="price">The amount.</param>
    /// <returns>The product.</returns>
    public static Money operator *(decimal quantity, Money price) => new(price.Usd * quantity);

    /// <summary>Divides an amount by a quantity.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="divisor">The quantity; must not be zero.</param>
    /// <returns>The quotient.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    public static Money operator /(Money amount, decimal divisor) => new(amount.Usd / divisor);

    /// <summary>Returns whether two amounts are equal.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when the amounts are equal.</returns>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Returns whether two amounts differ.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when the amounts differ.</returns>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Returns whether one amount is less than another.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is less.</returns>
    public static bool operator <(Money left, Money right) => left.Usd < right.Usd;

    /// <summary>Returns whether one amount is greater than another.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is greater.</returns>
    public static bool operator >(Money left, Money right) => left.Usd > right.Usd;

    /// <summary>Returns whether one amount is less than or equal to another.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is less or equal.</returns>
    public static bool operator <=(Money left, Money right) => left.Usd <= right.Usd;

    /// <summary>Returns whether one amount is greater than or equal to another.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is greater or equal.</returns>
    public static bool operator >=(Money left, Money right) => left.Usd >= right.Usd;

    /// <summary>Adds two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    public static Money Add(Money left, Money right) => left + right;

    /// <summary>Subtracts one amount from another.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    public static Money Subtract(Money left, Money right) => left - right;

    /// <summary>Negates an amount.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The negated amount.</returns>
    public static Money Negate(Money value) => -value;

    /// <summary>Multiplies an amount by a quantity.</summary>
    /// <param name="price">The amount.</param>
    /// <param name="quantity">The quantity.</param>
    /// <returns>The product.</returns>
    public static Money Multiply(Money price, decimal quantity) => price * quantity;

    /// <summary>Divides an amount by a quantity.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="divisor">The quantity; must not be zero.</param>
    /// <returns>The quotient.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    public static Money Divide(Money amount, decimal divisor) => amount / divisor;

    /// <inheritdoc />
    public bool Equals(Money other) => Usd == other.Usd;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Usd.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Money other) => Usd.CompareTo(other.Usd);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Money other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(Money)}.", nameof(obj)),
    };

    /// <summary>Formats the amount as dollars with at least two and at most six decimals, for example <c>$0.0125</c>.</summary>
    /// <returns>The formatted amount.</returns>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>Formats the amount as dollars.</summary>
    /// <param name="format">A numeric format for the amount; the default is <c>0.00####</c>.</param>
    /// <param name="formatProvider">The culture; the default is the invariant culture.</param>
    /// <returns>The formatted amount, prefixed with <c>$</c> (and <c>-</c> when negative).</returns>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var magnitude = Math.Abs(Usd).ToString(format ?? "0.00####", formatProvider ?? CultureInfo.InvariantCulture);
        return Usd < 0 ? "-$" + magnitude : "$" + magnitude;
    }
}
