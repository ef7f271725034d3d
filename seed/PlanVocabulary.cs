using SalesOps.Graph.Model;

namespace SalesOps.Seed;

/// <summary>A kind of meeting: its objective ({0} is next year), how it is usually held, what it covers and how it tends to end.</summary>
public sealed record MeetingTemplate(
    string Objective,
    IReadOnlyList<MeetingMethod> Methods,
    string Topics,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<string> NextSteps,
    IReadOnlyList<string> Documents);

/// <summary>An argument of the library: a title, the topic of the concerns it answers, the argument itself and its documents.</summary>
public sealed record ArgumentTemplate(string Title, string Topic, string Text, IReadOnlyList<string> Documents);

/// <summary>
/// The curated vocabulary of account plans: meetings, concern topics and arguments. English only for now;
/// German and Spanish demo accounts reuse these texts.
/// </summary>
public static class PlanVocabulary
{
    public const string Price = "Price";
    public const string MigrationRisk = "Migration risk";
    public const string ServiceCoverage = "Service coverage";
    public const string ReferenceCustomers = "Reference customers";
    public const string DeliveryReliability = "Delivery reliability";
    public const string Integration = "Integration";
    public const string Quality = "Quality";
    public const string ItSecurity = "IT security";

    public static readonly IReadOnlyList<string> Topics =
        [Price, MigrationRisk, ServiceCoverage, ReferenceCustomers, DeliveryReliability, Integration, Quality, ItSecurity];

    /// <summary>The topic of every concern sentence in <see cref="DemoVocabulary.Concerns"/>.</summary>
    public static string TopicOf(string concern) => ConcernTopics.TryGetValue(concern, out var topic)
        ? topic
        : throw new ArgumentException($"The concern '{concern}' has no topic in the plan vocabulary.", nameof(concern));

    private static readonly Dictionary<string, string> ConcernTopics = new(StringComparer.Ordinal)
    {
        ["Prefers incumbent supplier"] = MigrationRisk,
        ["Thinks our price is 10–15% above the benchmark"] = Price,
        ["Wants a second source before committing"] = DeliveryReliability,
        ["Insists on 90-day payment terms"] = Price,
        ["Doubts our interface fits the existing design"] = Integration,
        ["Worried about the integration effort with the current controls"] = Integration,
        ["Would rather develop it in-house"] = Integration,
        ["Worried about migration downtime"] = MigrationRisk,
        ["Fears the training effort for shift staff"] = ServiceCoverage,
        ["Allows changeovers only during the summer shutdown"] = MigrationRisk,
        ["Requires full validation before any release"] = Quality,
        ["Concerned about lot traceability"] = Quality,
        ["Saw field failures with a similar product"] = Quality,
        ["Doubts the ROI within two years"] = Price,
        ["Capex budget frozen until Q3"] = Price,
        ["Prefers leasing to buying"] = Price,
        ["Needs an IT security review before anything touches the network"] = ItSecurity,
        ["Does not want another system to maintain"] = ServiceCoverage,
        ["Insists on on-premises hosting"] = ItSecurity,
        ["Sees no benefit for their end customers"] = ReferenceCustomers,
        ["Wants co-marketing commitments first"] = ReferenceCustomers,
        ["Questions whether switching is worth the risk this year"] = MigrationRisk,
        ["Wants a reference from a peer company first"] = ReferenceCustomers,
    };

    public static readonly IReadOnlyList<MeetingTemplate> Meetings =
    [
        new("Quarterly business review", [MeetingMethod.OnSite, MeetingMethod.Video], "Volumes, Delivery performance, Open claims",
            ["Delivery performance at 97% acknowledged; two open claims are to be closed by month end.",
             "Volumes came in below forecast; the customer expects a pickup in the second half.",
             "Both sides rated the year positively; purchasing asked for a quarterly scorecard."],
            ["Send the claim analysis and the updated forecast.", "Set up the scorecard and agree the date of the next review."],
            ["QBR presentation", "Delivery performance report"]),
        new("Technical workshop on the retrofit", [MeetingMethod.Workshop], "Retrofit, Interfaces, Migration plan",
            ["Interface questions are mostly resolved; the controls team wants a test rig first.",
             "Agreed to migrate line by line during planned stops."],
            ["Ship the test rig and the interface specification.", "Draft the migration plan with the shutdown windows."],
            ["Retrofit concept", "Interface specification"]),
        new("Price negotiation for the {0} frame contract", [MeetingMethod.OnSite, MeetingMethod.Video], "Price, Frame contract, Payment terms",
            ["The customer asked for 6% off list; we offered 3% against a volume commitment.",
             "Payment terms settled at 60 days; the price is still open."],
            ["Send the revised offer with volume tiers.", "Get the discount approved internally before the next round."],
            ["Frame contract draft", "Price sheet"]),
        new("Plant visit", [MeetingMethod.OnSite], "Production line, Service coverage, Spare parts",
            ["Saw the bottleneck on line 3; maintenance lacks spare parts on site.",
             "The plant manager is open to piloting a service contract."],
            ["Propose a consignment stock of spare parts.", "Send the service coverage map for the region."],
            ["Visit report"]),
        new("Executive alignment dinner", [MeetingMethod.Event], "Strategy, Partnership, Roadmap",
            ["Their CEO sees us as a partner for the automation roadmap.",
             "Agreed to meet twice a year at executive level."],
            ["Invite their COO to our innovation day.", "Share the three-year roadmap under NDA."],
            []),
        new("Pilot review", [MeetingMethod.Video, MeetingMethod.OnSite], "Pilot results, Quality, Rollout",
            ["The pilot met the throughput target; the scrap rate is still under review.",
             "Quality wants four more weeks of data before the rollout decision."],
            ["Collect the scrap data and prepare the rollout proposal.", "Book the rollout review with the plant manager."],
            ["Pilot report"]),
        new("Reference visit at a peer plant", [MeetingMethod.OnSite], "Reference customers, Migration risk, Ramp-up",
            ["The peer's plant manager confirmed a two-week ramp-up.",
             "Their engineers were impressed by the changeover routine."],
            ["Arrange a call between both quality managers.", "Send the case study with the measured results."],
            ["Reference case study"]),
        new("Service contract kick-off call", [MeetingMethod.Call], "Service coverage, Response times, Spare parts",
            ["Response times agreed for the three main sites.",
             "Maintenance wants a named technician per site."],
            ["Set up the service portal accounts.", "Name the technicians and send their contact details."],
            ["Service level agreement draft"]),
        new("IT security review", [MeetingMethod.Video], "IT security, Hosting, Network access",
            ["The security team accepted the architecture subject to a penetration test.",
             "On-premises hosting is required for the production network."],
            ["Deliver the penetration test report and the data flow diagram.", "Confirm the on-premises installation option in writing."],
            ["Security whitepaper", "Data flow diagram"]),
        new("Introduction of the new account team", [MeetingMethod.Call, MeetingMethod.Video], "Account team, Contacts, Escalation path",
            ["New contacts introduced; the escalation path is agreed.",
             "The customer asked for one single point of contact for orders."],
            ["Send the updated contact sheet.", "Confirm the single point of contact for orders."],
            []),
        new("Delivery performance escalation", [MeetingMethod.Call, MeetingMethod.Video], "Delivery reliability, Lead times, Second source",
            ["We apologised for the late deliveries and committed to a buffer stock.",
             "Purchasing will keep a second source until on-time delivery is back above 95%."],
            ["Report on-time delivery weekly for the next quarter.", "Set up the buffer stock at the regional warehouse."],
            ["Delivery recovery plan"]),
        new("Trade fair meeting", [MeetingMethod.Event, MeetingMethod.Other], "New products, Roadmap, Innovations",
            ["Showed the new product generation; engineering wants a demo unit.",
             "Good first contact with two people from their engineering team."],
            ["Ship a demo unit for evaluation.", "Follow up with the engineers within two weeks."],
            ["Product brochure"]),
    ];

    public static readonly IReadOnlyList<ArgumentTemplate> Arguments =
    [
        new("Total cost of ownership over five years", Price,
            "Our higher unit price pays back through lower maintenance and energy costs. The TCO model uses the customer's own volumes.",
            ["TCO calculator", "Energy savings study"]),
        new("Volume tiers in the frame contract", Price,
            "Prices drop in three steps as the annual volume grows, so the commitment pays off from the second year.", []),
        new("Leasing and pay-per-use options", Price,
            "A leasing model spreads the investment over four years and leaves the capex budget untouched.", ["Financing options"]),
        new("Line-by-line migration plan", MigrationRisk,
            "We migrate one line at a time during planned stops, so production never stops completely. Every step has a rollback.",
            ["Migration plan template"]),
        new("Ramp-up guarantee", MigrationRisk,
            "We guarantee full output within two weeks after the changeover or cover the lost volume.", []),
        new("Regional service coverage", ServiceCoverage,
            "Technicians in three regional hubs reach every site within four hours, and spare parts are stocked locally.",
            ["Service coverage map"]),
        new("Train-the-trainer programme", ServiceCoverage,
            "We train their key users, who then train the shift staff in short sessions on every shift.", ["Training curriculum"]),
        new("Reference installation at a peer plant", ReferenceCustomers,
            "A comparable plant has run our system for three years at 99.2% availability. Its plant manager is happy to host a visit.",
            ["Reference case study"]),
        new("Co-marketing with the customer's end customers", ReferenceCustomers,
            "We present the joint solution at two trade fairs a year and share the leads.", []),
        new("On-time delivery record", DeliveryReliability,
            "On-time delivery was 98.4% over the last twelve months across all customers in the region.", ["Delivery performance report"]),
        new("Dual-site production and buffer stock", DeliveryReliability,
            "Two production sites and a dedicated buffer stock remove the single-source risk.", []),
        new("Standard interfaces to the existing controls", Integration,
            "Our units speak OPC UA and Profinet, so they plug into the existing controls without custom code.",
            ["Interface specification"]),
        new("Joint engineering sprint", Integration,
            "Our engineers spend two weeks on site with their design team to adapt the interface.", []),
        new("Validation package ready for release", Quality,
            "We provide the full IQ/OQ documentation and support the validation, which halves their effort.", ["Validation package"]),
        new("Full lot traceability", Quality,
            "Every unit carries a serial number linked to its material lots, retrievable within minutes.", []),
        new("Certified security with an on-premises option", ItSecurity,
            "Our software is ISO 27001 certified and runs fully on-premises if required.", ["Security whitepaper", "ISO 27001 certificate"]),
    ];
}
