using System.Globalization;
using Mediator;
using Microsoft.Extensions.Localization;
using SalesOps.Graph.History;
using SalesOps.Graph.Model;
using SalesOps.Web.Access;

namespace SalesOps.Web.Features.History;

/// <summary>
/// A point of an account's history: a version, or an instant (the map as it stood then: the last
/// version committed before it). A day means its end, in UTC: "2026-11-06" is the map as it stood
/// when that day was over.
/// </summary>
public sealed record AsOf(long? Version, DateTimeOffset? Until)
{
    public static AsOf At(long version) => new(version, null);

    /// <summary>"42" (a version), "2026-11-06" (that day's end, UTC) or an ISO 8601 instant; Invalid otherwise (in the reader's words).</summary>
    public static AsOf Parse(string text, string field, IStringLocalizer<Text> words)
    {
        var t = text?.Trim() ?? "";
        if (long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var version)) return new(version, null);
        if (DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return new(null, new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        if (DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)) return new(null, instant);
        throw GraphException.Invalid(words["Error.History.NotAPoint", text ?? ""], field);
    }
}

public sealed record GetHistory(string AccountId, HistoryFilter Filter) : IQuery<HistoryPage>, IDoor
{
    public Need Need => Need.Read(AccountId);
}

public sealed record GetMapAsOf(string AccountId, AsOf At) : IQuery<AccountMap>, IDoor
{
    public Need Need => Need.Read(AccountId);
}

public sealed record CompareMaps(string AccountId, AsOf From, AsOf To) : IQuery<MapComparison>, IDoor
{
    public Need Need => Need.Read(AccountId);
}

/// <summary>Who may appear as an author in an account's history filter: its team, by name.</summary>
public sealed record ListHistoryAuthors(string AccountId) : IQuery<IReadOnlyList<Author>>, IDoor
{
    public Need Need => Need.Read(AccountId);
}

public sealed class HistoryQueries(HistoryReader reader, Graph.Access.IAccessStore access) :
    IQueryHandler<GetHistory, HistoryPage>,
    IQueryHandler<GetMapAsOf, AccountMap>,
    IQueryHandler<CompareMaps, MapComparison>,
    IQueryHandler<ListHistoryAuthors, IReadOnlyList<Author>>
{
    public async ValueTask<HistoryPage> Handle(GetHistory q, CancellationToken ct) => await reader.PageAsync(q.AccountId, q.Filter, ct);

    public async ValueTask<AccountMap> Handle(GetMapAsOf q, CancellationToken ct) =>
        await reader.AsOfAsync(q.AccountId, await VersionAsync(q.AccountId, q.At, ct), ct);

    public async ValueTask<MapComparison> Handle(CompareMaps q, CancellationToken ct) =>
        await reader.CompareAsync(q.AccountId, await VersionAsync(q.AccountId, q.From, ct), await VersionAsync(q.AccountId, q.To, ct), ct);

    public async ValueTask<IReadOnlyList<Author>> Handle(ListHistoryAuthors q, CancellationToken ct)
    {
        var authors = new List<Author>();
        foreach (var member in await access.TeamAsync(q.AccountId, ct))
            if (await access.UserAsync(member.UserId, ct) is { } user) authors.Add(new Author(user.Id, user.Name));
        return [.. authors.OrderBy(a => a.Name, StringComparer.CurrentCultureIgnoreCase)];
    }

    private async Task<long> VersionAsync(string accountId, AsOf at, CancellationToken ct) =>
        at.Version ?? await reader.VersionAtAsync(accountId, at.Until ?? DateTimeOffset.MaxValue, ct);
}
