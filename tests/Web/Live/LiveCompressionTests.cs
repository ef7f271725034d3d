using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Web.Live;

/// <summary>
/// The pages' live connection is not compressed unless the host asks for it (#20): a compressing
/// connection keeps a zlib state on the server for every open page.
/// </summary>
public sealed class LiveCompressionTests : AppTest
{
    [Fact]
    public async Task A_page_connection_offering_compression_is_accepted_without_it()
    {
        var app = StartApp(seed: false);

        (await ExtensionsAcceptedAsync(app)).ShouldBeNull();
    }

    [Fact]
    public async Task A_host_that_turns_compression_on_gets_compressed_page_connections()
    {
        var app = StartApp(seed: false, new Dictionary<string, string?> { ["SALESOPS_WEBSOCKET_COMPRESSION"] = "true" });

        (await ExtensionsAcceptedAsync(app)).ShouldNotBeNull().ShouldContain("permessage-deflate");
    }

    /// <summary>
    /// Opens the interactive pages' connection as a browser does (negotiate, then the WebSocket offering
    /// per-message deflate) and returns the extensions the server's handshake accepted.
    /// </summary>
    private static async Task<string?> ExtensionsAcceptedAsync(RunningApp app)
    {
        using var http = app.App.CreateClient();
        using var negotiated = await http.PostAsync("/_blazor/negotiate?negotiateVersion=1", null);
        negotiated.EnsureSuccessStatusCode();
        var token = (await negotiated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("connectionToken").GetString()!;

        using var ws = new ClientWebSocket();
        ws.Options.CollectHttpResponseDetails = true;
        ws.Options.DangerousDeflateOptions = new WebSocketDeflateOptions();
        ws.Options.SetRequestHeader("Origin", app.Address.GetLeftPart(UriPartial.Authority));
        await ws.ConnectAsync(new UriBuilder(app.Address) { Scheme = "ws", Path = "/_blazor", Query = "id=" + Uri.EscapeDataString(token) }.Uri, CancellationToken.None);
        ws.HttpStatusCode.ShouldBe(System.Net.HttpStatusCode.SwitchingProtocols);
        var accepted = ws.HttpResponseHeaders!.TryGetValue("Sec-WebSocket-Extensions", out var values) ? string.Join(", ", values) : null;
        await ws.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        return accepted;
    }
}
