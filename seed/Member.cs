using SalesOps.Graph.Model;

namespace SalesOps.Seed;

/// <summary>A customer person while the account is planned, before it becomes a node.</summary>
internal sealed class Member
{
    public required string Name { get; init; }
    public required string Function { get; init; }
    public required Level Level { get; init; }
    /// <summary>The title as the map shows it, in the account's locale.</summary>
    public required string Title { get; init; }
    /// <summary>The English title: the key the generator reasons with (<see cref="Titles.Cfo"/>, <see cref="Titles.Assistant"/>).</summary>
    public required string TitleKey { get; init; }
    /// <summary>The solid reporting line; null only for the person at the top.</summary>
    public Member? Manager { get; init; }
    /// <summary>Leads their function (the top person leads executive management).</summary>
    public bool IsHead { get; init; }
    public Member? DottedTo { get; set; }
    public SortedSet<BuyingRole> Roles { get; } = [];
    public Stance Stance { get; set; }
    public Influence Influence { get; set; }
    /// <summary>Their main concern, in the account's locale.</summary>
    public string? Concerns { get; set; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string Id { get; set; } = "";

    public bool Has(BuyingRole role) => Roles.Contains(role);

    public bool InBuyingCenter => Roles.Count > 0;

    public bool IsLeader => IsHead || Level == Level.Executive;

    public bool IsCritic => Stance is Stance.Skeptic or Stance.Detractor;
}
