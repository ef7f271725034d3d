namespace SalesOps.Graph.Model;

public static class Clock
{
    /// <summary>Today in the server's calendar: what plan dates (due, overdue, as of) are measured against.</summary>
    public static DateOnly Today(this TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
    }
}
