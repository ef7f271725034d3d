using SalesOps.Graph.Access;
using SalesOps.Graph.Model;

namespace SalesOps.Web.Access;

/// <summary>
/// The card that stands for a user on an account: the counterpart they are linked to (Team page), else one of
/// ours with their name. "Since your last visit" marks its relationships "(you)"; "My relationships" lists them.
/// </summary>
public static class MyCounterpart
{
    /// <param name="links">The user's links (<see cref="IAccessStore.CounterpartLinksAsync"/>).</param>
    /// <param name="name">The user's display name.</param>
    public static Node? In(AccountMap map, IReadOnlyList<CounterpartLink> links, string? name)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(links);
        if (links.FirstOrDefault(l => l.AccountId == map.Account.Id) is { } link && map.Find(link.CounterpartId) is { Kind: NodeKind.Counterpart } linked) return linked;
        return string.IsNullOrWhiteSpace(name) ? null
            : map.OfKind(NodeKind.Counterpart).FirstOrDefault(c => string.Equals(c.Name, name.Trim(), StringComparison.CurrentCultureIgnoreCase));
    }
}
