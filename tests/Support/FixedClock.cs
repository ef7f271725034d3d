namespace SalesOps.Tests.Support;

/// <summary>A clock stopped at a known moment (UTC), so "today" is a fact of the test, not of the machine.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>Nine in the morning, UTC, on <paramref name="day"/>.</summary>
    public FixedClock(DateOnly day)
        : this(new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero))
    {
    }

    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
