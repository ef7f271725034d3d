namespace SalesOps.Tests.Support;

/// <summary>Waits for something another process or browser does, with a deadline and a clear failure.</summary>
public static class Eventually
{
    public static async Task<T> ThatAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what, int seconds = 10)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(done);
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var value = await read();
            if (done(value)) return value;
            if (DateTime.UtcNow > until) throw new TimeoutException($"Waited {seconds} s for {what}; last value: {value}");
            await Task.Delay(100);
        }
    }
}
