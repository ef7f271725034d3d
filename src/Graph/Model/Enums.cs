namespace SalesOps.Graph.Model;

// Values are spelled exactly as the domain model (docs/domain.md) spells them; the API and both stores use these names.

public enum NodeKind { Person, Counterpart, Function, Meeting, Concern, Argument }

#pragma warning disable CA1707 // relationship types keep their graph spelling
public enum EdgeType { REPORTS_TO, INFLUENCES, TALKS_WITH, WORKS_IN, ATTENDED, RAISED, ANSWERS }
#pragma warning restore CA1707

public enum Level { Executive, Director, Manager, Specialist }

public enum BuyingRole
{
    DecisionMaker, Signer, EconomicBuyer, TechnicalEvaluator, User, Purchaser, Influencer, Gatekeeper, Initiator,
}

public enum Stance { Unknown, Champion, Supporter, Neutral, Skeptic, Detractor }

public enum Influence { Low, Medium, High }

public enum Involvement { Direct, Indirect, None }

public enum SupplierPosition { Potential, Listed, Active, Preferred, DevelopmentPartner, StrategicPartner }

public enum TeamRole { AccountManager, SalesEngineer, ProductManager, Service, Marketing, ExecutiveSponsor }

public enum RelationshipStatus { Planned, Active, Dormant }

public enum MeetingMethod { OnSite, Video, Call, Workshop, Event, Other }

/// <summary>How a concern took an argument.</summary>
public enum ArgumentResult { Pending, Convinced, PartlyConvinced, NotConvinced }

public static class Vocabulary
{
    /// <summary>The stance's place on the five-point scale (+2 champion … −2 detractor); null for Unknown.</summary>
    public static int? Score(this Stance stance) => stance switch
    {
        Stance.Champion => 2,
        Stance.Supporter => 1,
        Stance.Neutral => 0,
        Stance.Skeptic => -1,
        Stance.Detractor => -2,
        _ => null,
    };

    /// <summary>Steps between two levels: 0 peer, 1 acceptable, 2+ mismatch.</summary>
    public static int Distance(this Level a, Level b) => Math.Abs((int)a - (int)b);
}
