using System.Net;
using System.Text;

namespace SalesOps.Tests.Web.Access;

/// <summary>What-if sketches and contacts imports for the doors of next moves and exchange.</summary>
public sealed partial class AccessWorld
{
    /// <summary>A what-if saved on the demo account at the start, for the doors that read one.</summary>
    public const string SketchName = "Matrix what-if";

    /// <summary>A contacts file (as a CRM exports it) with one person.</summary>
    public static byte[] Contacts(string name) => Encoding.UTF8.GetBytes($"Name,Title\n{name},Buyer\n");

    /// <summary>A saved what-if in which our counterpart talks with a new person: planning it adds one relationship.</summary>
    public async Task<(string Name, string PersonId)> FreshSketchAsync()
    {
        var (name, person) = (FreshName("Probe what-if"), await FreshPersonAsync());
        await Admin.OkAsync(HttpMethod.Put, $"/api/accounts/{Account}/sketches/{Uri.EscapeDataString(name)}",
            new { talks = new[] { new { from = CounterpartId, to = person, strength = 3 } } });
        return (name, person);
    }

    public async Task<bool> SketchSavedAsync(string name) =>
        (await Admin.GetAsync($"/api/accounts/{Account}/sketches")).AsArray().Any(s => (string)s!["name"]! == name);

    /// <summary>Whether anyone talks (or plans to talk) with the person.</summary>
    public async Task<bool> TalkedToAsync(string personId) =>
        (await MapAsync(Account))["edges"]!.AsArray().Any(e => (string)e!["type"]! == "TALKS_WITH" && (string)e["to"]! == personId);

    public async Task<bool> PersonNamedAsync(string account, string name) =>
        (await MapAsync(account))["nodes"]!.AsArray().Any(n => (string)n!["name"]! == name);

    /// <summary>A fresh account of the demo team with one contacts import on it, made by the admin.</summary>
    public async Task<(string Account, string Name)> FreshImportAsync()
    {
        var (account, name) = (await FreshAccountAsync(), FreshName("Imported person"));
        using var content = new ByteArrayContent(Contacts(name)) { Headers = { ContentType = new("text/csv") } };
        using var response = await Admin.Http.PostAsync(new Uri($"/api/accounts/{account}/import/csv", UriKind.Relative), content);
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"The import to undo was refused: {await response.Content.ReadAsStringAsync()}");
        return (account, name);
    }
}
