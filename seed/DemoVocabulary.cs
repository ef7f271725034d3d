namespace SalesOps.Seed;

/// <summary>An industry and the nouns its companies put in their names, per locale.</summary>
public sealed record Industry(string Name, IReadOnlyList<string> En, IReadOnlyList<string> De, IReadOnlyList<string> Es)
{
    public IReadOnlyList<string> Nouns(string locale) => locale switch { "de" => De, "es" => Es, _ => En };
}

/// <summary>
/// A country customers come from, with its legal forms and contact conventions. Potentials are in
/// our planning currency: EUR in Europe, USD in the Americas.
/// </summary>
public sealed record Market(string Country, IReadOnlyList<string> LegalForms, string Tld, string DialCode, string Currency);

/// <summary>The curated B2B vocabulary of the demo data; Bogus supplies only people's and companies' surnames.</summary>
public static class DemoVocabulary
{
    public static readonly IReadOnlyList<string> Locales = ["en", "de", "es"];

    public static readonly IReadOnlyList<Industry> Industries =
    [
        new("Industrial automation", ["Automation", "Controls", "Drive Systems"], ["Automation", "Antriebstechnik", "Steuerungstechnik"], ["Automatización", "Controles Industriales"]),
        new("Packaging", ["Packaging", "Containers"], ["Verpackungen", "Verpackungstechnik"], ["Envases", "Embalajes"]),
        new("Medical devices", ["Medical", "MedTech", "Surgical Systems"], ["Medizintechnik", "Medical"], ["Dispositivos Médicos", "Equipos Médicos"]),
        new("Automotive supplier", ["Automotive Components", "Precision Parts"], ["Fahrzeugtechnik", "Präzisionsteile"], ["Componentes", "Autopartes"]),
        new("Food processing", ["Foods", "Dairy", "Food Processing"], ["Lebensmittel", "Feinkost", "Molkerei"], ["Alimentos", "Conservas", "Lácteos"]),
        new("Chemicals", ["Chemicals", "Coatings", "Polymers"], ["Chemie", "Lacke", "Polymere"], ["Química", "Recubrimientos", "Polímeros"]),
        new("Machine building", ["Machinery", "Engineering"], ["Maschinenbau", "Anlagenbau"], ["Maquinaria", "Bienes de Equipo"]),
        new("Plastics processing", ["Plastics", "Moulding"], ["Kunststofftechnik", "Spritzguss"], ["Plásticos", "Inyección de Plásticos"]),
        new("Electronics manufacturing", ["Electronics", "Circuits"], ["Elektronik", "Elektrotechnik"], ["Electrónica", "Circuitos"]),
    ];

    private static readonly Dictionary<string, Market[]> MarketsByLocale = new(StringComparer.Ordinal)
    {
        ["en"] =
        [
            new("United Kingdom", ["Ltd", "plc"], "co.uk", "+44", "EUR"),
            new("United States", ["Inc.", "Corp.", "LLC"], "com", "+1", "USD"),
            new("Ireland", ["Ltd"], "ie", "+353", "EUR"),
        ],
        ["de"] =
        [
            new("Germany", ["GmbH", "AG", "GmbH & Co. KG"], "de", "+49", "EUR"),
            new("Austria", ["GmbH", "AG"], "at", "+43", "EUR"),
            new("Switzerland", ["AG", "GmbH"], "ch", "+41", "EUR"),
        ],
        ["es"] =
        [
            new("Spain", ["S.A.", "S.L."], "es", "+34", "EUR"),
            new("Mexico", ["S.A. de C.V."], "com.mx", "+52", "USD"),
            new("Chile", ["S.A."], "cl", "+56", "USD"),
        ],
    };

    /// <summary>Company name patterns: {0} surname, {1} second surname, {2} industry noun, {3} legal form.</summary>
    private static readonly Dictionary<string, string[]> NamePatterns = new(StringComparer.Ordinal)
    {
        ["en"] = ["{0} {2} {3}", "{0} {2} {3}", "{0} & {1} {2} {3}", "{0} {2} Group {3}"],
        ["de"] = ["{0} {2} {3}", "{0} {2} {3}", "{0} & {1} {2} {3}", "{0}-{1} {2} {3}"],
        ["es"] = ["{2} {0} {3}", "{2} {0} {3}", "{2} {0} y {1} {3}", "Grupo {0} {2} {3}"],
    };

    public static IReadOnlyList<Market> Markets(string locale) => MarketsByLocale[locale];

    public static IReadOnlyList<string> CompanyNamePatterns(string locale) => NamePatterns[locale];

    /// <summary>Objections people raise, by function; skeptics and detractors always carry one.</summary>
    public static IReadOnlyList<string> Concerns(string function) => function switch
    {
        Functions.Purchasing => ["Prefers incumbent supplier", "Thinks our price is 10–15% above the benchmark", "Wants a second source before committing", "Insists on 90-day payment terms"],
        Functions.Engineering => ["Doubts our interface fits the existing design", "Worried about the integration effort with the current controls", "Would rather develop it in-house"],
        Functions.Production => ["Worried about migration downtime", "Fears the training effort for shift staff", "Allows changeovers only during the summer shutdown"],
        Functions.Quality => ["Requires full validation before any release", "Concerned about lot traceability", "Saw field failures with a similar product"],
        Functions.Finance => ["Doubts the ROI within two years", "Capex budget frozen until Q3", "Prefers leasing to buying"],
        Functions.IT => ["Needs an IT security review before anything touches the network", "Does not want another system to maintain", "Insists on on-premises hosting"],
        Functions.Marketing => ["Sees no benefit for their end customers", "Wants co-marketing commitments first"],
        _ => ["Prefers incumbent supplier", "Questions whether switching is worth the risk this year", "Wants a reference from a peer company first"],
    };

    public static readonly IReadOnlyList<string> GoalsForDecisionMakers =
    [
        "Agree on the decision criteria and the timeline",
        "Present the business case before the budget round",
        "Confirm the approval path and the signing date",
    ];

    public static readonly IReadOnlyList<string> GoalsForFriends =
    [
        "Keep them equipped with arguments for the steering committee",
        "Ask for an introduction to the decision maker",
        "Co-author the business case for the pilot",
    ];

    public static readonly IReadOnlyList<string> GoalsForNeutrals =
    [
        "Show the reference installation at a peer plant",
        "Win their support for the pilot on one line",
        "Learn which criteria matter most to them",
    ];

    public static readonly IReadOnlyList<string> GoalsForCritics =
    [
        "Answer their concerns with data from the pilot",
        "Understand what keeps them with the incumbent",
        "Defuse the objections before the steering meeting",
    ];

    public static readonly IReadOnlyList<string> GoalsForUnknowns =
    [
        "Find out where they stand on the project",
        "Get a first meeting and learn their priorities",
    ];

    public static readonly IReadOnlyList<string> InfluenceNotes =
    [
        "Trusted for technical judgement",
        "Worked together at the previous employer",
        "Sits on the investment committee",
        "Their recommendation usually carries the decision",
        "Runs the pilot the decision will rest on",
        "Meets weekly in the operations review",
    ];
}
