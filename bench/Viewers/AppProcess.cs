using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace SalesOps.ViewersBench;

/// <summary>What the server holds at one moment, measured right after a full, compacting GC.</summary>
public sealed record Memory(long RssBytes, long HeapBytes, string? Dump)
{
    public double RssMb => RssBytes / 1048576.0;

    public double HeapMb => HeapBytes / 1048576.0;
}

/// <summary>
/// The built app (SalesOps.Web.dll) as a process of its own, in Development (the demo sign-in page)
/// on a given data folder, so the RSS read from /proc is the server's alone and not the browser's or the bench's.
/// </summary>
public sealed partial class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private AppProcess(Process process, Uri address) => (_process, Address) = (process, address);

    public Uri Address { get; }

    public int Id => _process.Id;

    public static async Task<AppProcess> StartAsync(string dll, string data, IDictionary<string, string>? settings = null)
    {
        var port = FreePort();
        var start = Start(dll, data, "--urls", $"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__SalesOps.Web.Live.CircuitLifetime"] = "Information";
        start.Environment["Logging__LogLevel__SalesOps.Web.Live.IdleTrim"] = "Information";
        start.Environment["Logging__LogLevel__Microsoft.AspNetCore.Components.Server.Circuits"] = "Debug";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) start.Environment[key] = value;
        var process = Process.Start(start)!;
        var app = new AppProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => app.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => app.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = app.Address };
        for (var sw = Stopwatch.StartNew(); sw.Elapsed < TimeSpan.FromMinutes(2); await Task.Delay(250))
        {
            if (process.HasExited) throw new InvalidOperationException($"The app exited ({process.ExitCode}):\n{app.Log}");
            try
            {
                if ((await http.GetAsync(new Uri("/signin", UriKind.Relative))).StatusCode == HttpStatusCode.OK) return app;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
        }
        throw new TimeoutException($"The app did not answer within two minutes:\n{app.Log}");
    }

    /// <summary>Runs the app's command line (generate, export …) on the data folder and returns what it printed.</summary>
    public static async Task<string> RunCliAsync(string dll, string data, params string[] args)
    {
        using var process = Process.Start(Start(dll, data, args))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{string.Join(' ', args)} failed: {await error}");
        return await output;
    }

    public string Log
    {
        get
        {
            lock (_log) return _log.ToString();
        }
    }

    /// <summary>
    /// Forces a full GC in the app (dotnet-gcdump collects the heap after one) and reads RSS after it;
    /// the heap size is the dump's total. The dump is kept at <paramref name="dump"/> when given.
    /// </summary>
    public async Task<Memory> MeasureAsync(string? dump = null)
    {
        var file = dump ?? Path.Combine(Path.GetTempPath(), $"salesops-viewers-{Id}.gcdump");
        string collected;
        try
        {
            collected = await Tool("dotnet-gcdump", "collect", "-p", Id.ToString(CultureInfo.InvariantCulture), "-o", file);
        }
        catch (InvalidOperationException e)
        {
            var exit = _process.HasExited ? $"the app exited ({_process.ExitCode})" : "the app still runs";
            throw new InvalidOperationException($"{e.Message}\n{exit}; its log ends:\n{string.Join('\n', Log.Split('\n').TakeLast(40))}", e);
        }
        var report = await Tool("dotnet-gcdump", "report", file);
        if (dump is null) File.Delete(file);
        var heap = HeapTotal().Match(report) is { Success: true } m
            ? long.Parse(m.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"No heap total in the gcdump report:\n{collected}\n{report}");
        return new Memory(Rss(), heap, dump);
    }

    /// <summary>Resident set size from /proc (kB there).</summary>
    public long Rss()
    {
        foreach (var line in File.ReadLines($"/proc/{Id}/status"))
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                return long.Parse(line["VmRSS:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture) * 1024;
        throw new InvalidOperationException("No VmRSS for the app.");
    }

    public static async Task<string> Tool(string name, params string[] args)
    {
        var tools = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools", name);
        var start = new ProcessStartInfo(File.Exists(tools) ? tools : name) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException($"{name} is not installed: dotnet tool install -g {name}");
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0) throw new InvalidOperationException($"{name} {string.Join(' ', args)} failed: {await error}{await output}");
            return await output;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_log) _log.AppendLine(line);
    }

    private static ProcessStartInfo Start(string dll, string data, params string[] args)
    {
        // A .dll runs through dotnet; anything else is taken for the app's own launcher (a copy under another
        // name keeps the app out of reach of a neighbour's `pkill -f SalesOps.Web` on a shared machine).
        var launcher = dll.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var start = new ProcessStartInfo(launcher ? "dotnet" : dll)
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (launcher) start.ArgumentList.Add(dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        // Only the bench's settings: a SALESOPS_STORE (or SalesOps__Store) of the machine must not send the app elsewhere.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("SALESOPS_", StringComparison.OrdinalIgnoreCase)).ToList()) start.Environment.Remove(key);
        start.Environment["SALESOPS_DATA"] = data;
        return start;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"([\d,]+)\s+GC Heap bytes")]
    private static partial Regex HeapTotal();
}
