using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace SalesOps.Tests.Support;

/// <summary>
/// A real OpenID Connect provider for a test class: npm oidc-provider (tests/oidc/provider.mjs) on
/// loopback, with one confidential client whose only redirect URI is the app's callback on
/// <see cref="AppPort"/> (reserved here, because a provider must know its clients' redirect URIs before
/// the app exists). Installs its locked packages when test.sh has not; stopped at the end of the class.
/// </summary>
public sealed class OidcTestServer : IAsyncLifetime
{
    public const string ClientId = "salesops";

    private static readonly string Folder = Path.Combine(Neo4jTestServer.RepoRoot(), "tests", "oidc");
    private readonly ConcurrentQueue<JsonObject> _authorizations = new();
    private readonly StringBuilder _errors = new();
    private readonly TaskCompletionSource<string> _issuer = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly int _port;
    private readonly bool _pushedRequests;
    private Process? _process;

    /// <summary>The test class's provider, on any free port.</summary>
    public OidcTestServer()
        : this(Ports.Free(), 0, "test-" + Guid.NewGuid().ToString("N"), pushedRequests: true)
    {
    }

    /// <summary>
    /// Another provider for the same app and client: on a known port (one that was down and comes back),
    /// or without pushed authorization requests (as Entra ID and Google are).
    /// </summary>
    internal OidcTestServer(int appPort, int port, string clientSecret, bool pushedRequests)
    {
        AppPort = appPort;
        _port = port;
        ClientSecret = clientSecret;
        _pushedRequests = pushedRequests;
    }

    /// <summary>The address the app must listen on: the provider only sends browsers back to this port.</summary>
    public int AppPort { get; }

    public string ClientSecret { get; }

    /// <summary>The provider's issuer, as its tokens name it (no trailing slash).</summary>
    public string Issuer { get; private set; } = "";

    /// <summary>The query of every authorization request the provider received, oldest first.</summary>
    public IReadOnlyList<JsonObject> AuthorizationRequests => [.. _authorizations];

    /// <summary>The app's settings for company sign-in through this provider (plain http on loopback: tests only).</summary>
    public Dictionary<string, string?> AppSettings(string? adminEmail = null) => new()
    {
        ["SALESOPS_AUTH"] = "oidc",
        ["SALESOPS_OIDC_AUTHORITY"] = Issuer,
        ["SALESOPS_OIDC_CLIENT_ID"] = ClientId,
        ["SALESOPS_OIDC_CLIENT_SECRET"] = ClientSecret,
        ["SALESOPS_OIDC_REQUIRE_HTTPS"] = "false",
        ["SALESOPS_ADMIN_EMAIL"] = adminEmail,
    };

    public async Task InitializeAsync()
    {
        await NodeJs.EnsurePackagesAsync(Folder, Path.Combine("node_modules", "oidc-provider"));
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = Folder, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var a in (string[])["provider.mjs", "--redirect-uri", $"http://127.0.0.1:{AppPort}/signin/oidc/callback",
                     "--client-id", ClientId, "--client-secret", ClientSecret, "--port", _port.ToString(CultureInfo.InvariantCulture), "--par", _pushedRequests ? "on" : "off"])
            info.ArgumentList.Add(a);
        try
        {
            _process = Process.Start(info)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            // Failed, not skipped: ./test.sh installs Node.js, so a machine without it has not been set up,
            // and a skip would let a run pass without ever testing the company sign-in.
            throw new InvalidOperationException(
                "The company sign-in tests need Node.js 20+ (node and npm on PATH) to run their OpenID provider, npm oidc-provider: run ./test.sh, which installs them.", ex);
        }
        _process.OutputDataReceived += (_, e) => Read(e.Data);
        _process.ErrorDataReceived += (_, e) => { lock (_errors) _errors.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        _process.EnableRaisingEvents = true;
        _process.Exited += (_, _) => _issuer.TrySetException(new InvalidOperationException($"tests/oidc/provider.mjs exited with {_process.ExitCode}:\n{Errors}"));
        try
        {
            Issuer = await _issuer.Task.WaitAsync(TimeSpan.FromSeconds(60));
            await WaitForDiscoveryAsync();
        }
        catch (TimeoutException ex)
        {
            throw new InvalidOperationException($"tests/oidc/provider.mjs did not start within a minute:\n{Errors}", ex);
        }
    }

    /// <summary>What the provider wrote on stderr (its warnings, and why it stopped if it did).</summary>
    public string Errors { get { lock (_errors) return _errors.ToString(); } }

    private void Read(string? line)
    {
        if (line is not { Length: > 0 } || !line.StartsWith('{')) return;
        var json = JsonNode.Parse(line)!.AsObject();
        if (json["issuer"] is { } issuer) _issuer.TrySetResult((string)issuer!);
        if (json["authorization"] is JsonObject query) _authorizations.Enqueue(query);
    }

    private async Task WaitForDiscoveryAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var discovery = new Uri(Issuer + "/.well-known/openid-configuration");
        for (var deadline = DateTime.UtcNow.AddSeconds(30); ; await Task.Delay(200))
        {
            try
            {
                using var answer = await http.GetAsync(discovery);
                if (answer.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }
            if (DateTime.UtcNow >= deadline) throw new TimeoutException($"No discovery document at {discovery}.");
        }
    }


    public async Task DisposeAsync()
    {
        if (_process is null) return;
        using (_process)
        {
            if (_process.HasExited) return;
            _process.StandardInput.Close(); // the provider stops when its stdin ends
            try
            {
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
            catch (TimeoutException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
    }
}
