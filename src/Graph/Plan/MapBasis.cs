using Microsoft.Extensions.Localization;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Plan;

/// <summary>What a map lacks before coverage, peer fit or meetings can be judged at all; the most basic first.</summary>
public enum MissingBasis
{
    /// <summary>Nobody of theirs and nobody of ours: the biggest gap of all.</summary>
    EmptyMap,
    /// <summary>Our team is on the map, the customer's people are not.</summary>
    NoCustomerPeople,
    /// <summary>Their people are on the map, but nobody holds a buying role or has high influence.</summary>
    NoBuyingCenter,
    /// <summary>Their people are on the map, nobody of ours is.</summary>
    NoTeam,
}

/// <summary>
/// The basis every analysis of an account stands on. An empty account must never read as a healthy one
/// ("no findings", "every member is covered"): pages and the sheet say what is missing instead.
/// </summary>
public static class MapBasis
{
    public static IReadOnlyList<MissingBasis> Missing(AccountMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var people = map.OfKind(NodeKind.Person).ToList();
        var ours = map.OfKind(NodeKind.Counterpart).Any();
        if (people.Count == 0) return [ours ? MissingBasis.NoCustomerPeople : MissingBasis.EmptyMap];
        var missing = new List<MissingBasis>();
        if (!people.Any(ContactMatrix.IsMember)) missing.Add(MissingBasis.NoBuyingCenter);
        if (!ours) missing.Add(MissingBasis.NoTeam);
        return missing;
    }

    /// <summary>What is missing, in the reader's language ("Basis.EmptyMap" …): the sheet's words.</summary>
    public static string Sentence(IStringLocalizer text, MissingBasis missing)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[$"Basis.{missing}"];
    }
}
