using System.Globalization;
using SalesOps.ViewersBench;

// Memory per viewer (#20): the built app as a process of its own, N Chromium viewers opening one map
// one after the other, the server's RSS and managed heap after a full GC before, after every viewer
// and 30 s after they all left. Usage (see docs/benchmarks.md, "Memory per viewer"):
//   dotnet run -c Release --project bench/Viewers -- [--viewers 10] [--maps small,large] [--settle 3] [--after 30] [--leave close|lost] [--warm] [--rounds 1] [--full every|ends] [--dumps DIR] [--data DIR] [--app SalesOps.Web.dll] [--log]
//   dotnet run -c Release --project bench/Viewers -- diff ONE.gcdump MORE.gcdump [--per 4] [--top 25]
if (args is ["diff", var one, var more, ..])
{
    Console.WriteLine(await HeapDiff.RunAsync(one, more, Option(args, "--per", 1), Option(args, "--top", 25)));
    return;
}

var (viewers, settle, after) = (Option(args, "--viewers", 10), TimeSpan.FromSeconds(Option(args, "--settle", 3)), TimeSpan.FromSeconds(Option(args, "--after", 30)));
var maps = Text(args, "--maps") ?? "small,large";
// "close": the tabs are closed (the browser says goodbye); "lost": the network goes and the server keeps each circuit for its retention.
var leave = Text(args, "--leave") ?? "close";
var warm = args.Contains("--warm");
// Rounds: the viewers come and all leave again this many times on the same server. Every round prints its own
// figures; from the second on, what the first round's viewers left warm for good (tier-1 code of the methods they
// made hot, pages of the app's code read from disk) is no longer counted as if each viewer kept it.
var rounds = Option(args, "--rounds", 1);
// "ends": only the first and the last viewer are measured after a full GC (with a gcdump, which runs an event
// session in the app); the viewers between print the RSS as it is. Shows what the measuring itself leaves behind.
var fullEvery = Text(args, "--full") != "ends";
var dumps = Text(args, "--dumps");
if (dumps is not null) Directory.CreateDirectory(dumps);
var dll = Text(args, "--app") ?? AppDll();
var data = Text(args, "--data") ?? Path.Combine(Path.GetTempPath(), "salesops-viewers", Guid.NewGuid().ToString("n")[..12]);
Console.WriteLine($"{viewers} viewers per map, settle {settle.TotalSeconds:0} s, measured {after.TotalSeconds:0} s after they left ({leave}){(warm ? ", before measured after one viewer came and went" : "")}; {Environment.ProcessorCount} cores; app {dll}");

var accounts = await DataFolder.PrepareAsync(dll, data);
var rows = new List<string>();
foreach (var which in maps.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
{
    var (id, name, people) = which == "large" ? accounts.Large : accounts.Small;
    Console.WriteLine();
    Console.WriteLine($"## {name} ({people} people, account {id})");
    await using var app = await AppProcess.StartAsync(dll, data);
    await using var browser = await MapViewers.LaunchAsync(app.Address);
    await browser.AccountsAsync(); // one sign-in first, so "before" is not the app's cold start
    if (warm)
    {
        // One viewer came and went before: "before" then holds what the map's first visit warms up for good
        // (its layout, the reach cache, Blazor's component metadata), and the comparison shows what viewers leave behind.
        await browser.OpenAsync(id, settle);
        await browser.LeaveAllAsync(lost: false);
    }
    // Warm: as long after that visitor left as "after" is after the ten, so both had the same time to let go (the idle trim).
    await Task.Delay(warm ? after : TimeSpan.FromSeconds(2));
    for (var round = 1; round <= rounds; round++)
    {
        if (rounds > 1) Console.WriteLine($"### round {round} of {rounds}");
        var before = await app.MeasureAsync(Dump(which, round, 0));
        Console.WriteLine($"before: RSS {before.RssMb,7:0.0} MB, heap {before.HeapMb,7:0.0} MB");
        var open = new List<Memory>();
        var counts = new List<int>(); // how many viewers each measurement in open had
        for (var v = 1; v <= viewers; v++)
        {
            await browser.OpenAsync(id, settle);
            if (!fullEvery && v > 1 && v < viewers)
            {
                var rss = app.Rss() / 1048576.0;
                Console.WriteLine($"{v,2} viewer(s): RSS {rss,7:0.0} MB (+{rss - before.RssMb,6:0.0}) without a GC");
                continue;
            }
            open.Add(await app.MeasureAsync(Dump(which, round, v)));
            counts.Add(v);
            var m = open[^1];
            Console.WriteLine($"{v,2} viewer(s): RSS {m.RssMb,7:0.0} MB (+{m.RssMb - before.RssMb,6:0.0}), heap {m.HeapMb,7:0.0} MB (+{m.HeapMb - before.HeapMb,6:0.0})");
        }
        // From the first viewer to the last: what each further viewer adds, apart from what the first warmed up.
        var (rssSlope, heapSlope) = viewers > 1
            ? ((open[^1].RssMb - open[0].RssMb) / (viewers - 1), (open[^1].HeapMb - open[0].HeapMb) / (viewers - 1))
            : (double.NaN, double.NaN);
        Console.WriteLine($"first viewer: RSS +{open[0].RssMb - before.RssMb:0.0} MB, heap +{open[0].HeapMb - before.HeapMb:0.0} MB; each further viewer: RSS {rssSlope:0.0} MB, heap {heapSlope:0.0} MB");
        // One measurement moves by several MB with when the GC last gave memory back; a line fitted through all of
        // them (least squares) says what a viewer costs with less of that chance than the first and last alone.
        var (rssFit, heapFit) = (Fit(counts, [.. open.Select(o => o.RssMb)]), Fit(counts, [.. open.Select(o => o.HeapMb)]));
        Console.WriteLine($"fitted through all {counts.Count} measurements: RSS {rssFit:0.0} MB, heap {heapFit:0.0} MB per viewer");

        await browser.LeaveAllAsync(lost: leave == "lost");
        await Task.Delay(after);
        var left = await app.MeasureAsync(Dump(which, round, -1));
        var (rssBack, heapBack) = ((left.RssMb - before.RssMb) / before.RssMb, (left.HeapMb - before.HeapMb) / before.HeapMb);
        Console.WriteLine($"{after.TotalSeconds:0} s after all left: RSS {left.RssMb:0.0} MB ({rssBack:+0%;-0%} vs before), heap {left.HeapMb:0.0} MB ({heapBack:+0%;-0%} vs before)");
        if (args.Contains("--log")) Console.WriteLine(app.Log);
        rows.Add(string.Create(CultureInfo.InvariantCulture,
            $"| {name}{(rounds > 1 ? $", round {round}" : "")} | {people} | {before.RssMb:0} / {before.HeapMb:0} | +{open[0].RssMb - before.RssMb:0.0} / +{open[0].HeapMb - before.HeapMb:0.0} | {rssSlope:0.0} / {heapSlope:0.0} (fitted {rssFit:0.0} / {heapFit:0.0}) | {open[^1].RssMb:0} / {open[^1].HeapMb:0} | {left.RssMb:0} / {left.HeapMb:0} ({rssBack:+0%;-0%} / {heapBack:+0%;-0%}) |"));
    }
}

Console.WriteLine();
Console.WriteLine($"| map | people | before RSS / heap MB | first viewer MB | each further viewer MB | {viewers} viewers MB | {after.TotalSeconds:0} s after they left MB (vs before) |");
Console.WriteLine("|---|---|---|---|---|---|---|");
foreach (var row in rows) Console.WriteLine(row);

string? Dump(string which, int round, int viewer) => dumps is null ? null : Path.Combine(dumps, $"{which}-{(rounds > 1 ? $"r{round}-" : "")}{(viewer < 0 ? "left" : viewer.ToString(CultureInfo.InvariantCulture))}.gcdump");

static double Fit(IReadOnlyList<int> x, IReadOnlyList<double> y)
{
    if (x.Count < 2) return double.NaN;
    var (mx, my) = (x.Average(), y.Average());
    return x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum() / x.Sum(a => (a - mx) * (a - mx));
}

static int Option(string[] args, string name, int fallback) =>
    Text(args, name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

static string? Text(string[] args, string name) =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

// The app built beside this bench (the project reference builds it in the same configuration).
static string AppDll()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SalesOps.sln"))) dir = dir.Parent;
    var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
    var dll = Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Run from inside the repository."), "src", "Web", "bin", configuration, "net10.0", "SalesOps.Web.dll");
    return File.Exists(dll) ? dll : throw new InvalidOperationException($"Build the app first: {dll} is missing.");
}
