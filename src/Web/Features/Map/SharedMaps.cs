using System.Collections.Concurrent;
using SalesOps.Graph.Model;

namespace SalesOps.Web.Features.Map;

/// <summary>
/// One snapshot per account and version for every viewer. Each open map page reads the account from
/// the store and then applies every live change to its own copy; without this, fifty viewers of a
/// 500-person account held fifty equal maps, each with its own indexes. Snapshots are immutable, so
/// a viewer that reaches a version someone else already holds takes theirs. Held weakly: the latest
/// snapshot lives as long as some viewer (or anyone else) holds it, and no longer.
/// </summary>
public sealed class SharedMaps
{
    private readonly ConcurrentDictionary<string, WeakReference<AccountMap>> _latest = new(StringComparer.Ordinal);

    /// <summary>The held snapshot of the same account and version, else <paramref name="map"/>, which is then held if newer.</summary>
    public AccountMap Intern(AccountMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var weak = _latest.GetOrAdd(map.Account.Id, _ => new WeakReference<AccountMap>(map));
        lock (weak)
        {
            if (weak.TryGetTarget(out var held) && held.Version == map.Version) return held;
            if (held is null || held.Version < map.Version) weak.SetTarget(map);
            return map;
        }
    }
}
