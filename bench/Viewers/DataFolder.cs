namespace SalesOps.ViewersBench;

/// <summary>The two maps measured: a demo account of about 20 people and a generated 500-person one.</summary>
public sealed record BenchAccounts((string Id, string Name, int People) Small, (string Id, string Name, int People) Large);

public static class DataFolder
{
    /// <summary>
    /// A data folder with the demo accounts (the app seeds them into an empty store when it starts)
    /// and one generated large account (the app's own "generate" command). A folder prepared before is reused.
    /// </summary>
    public static async Task<BenchAccounts> PrepareAsync(string dll, string data)
    {
        Directory.CreateDirectory(data);
        await using var app = await AppProcess.StartAsync(dll, data);
        await using var browser = await MapViewers.LaunchAsync(app.Address);
        var accounts = await browser.AccountsAsync();
        if (!accounts.Any(a => a.People >= 400))
        {
            Console.WriteLine("Generating a 500-person account …");
            await AppProcess.RunCliAsync(dll, data, "generate", "--size", "large", "--seed", "20");
            accounts = await browser.AccountsAsync();
        }
        var small = accounts.Where(a => a.People < 400).MinBy(a => Math.Abs(a.People - 20));
        var large = accounts.Where(a => a.People >= 400).MinBy(a => Math.Abs(a.People - 500));
        Console.WriteLine($"data {data}: small map {small.Name} ({small.People} people), large map {large.Name} ({large.People} people)");
        return new BenchAccounts(small, large);
    }
}
