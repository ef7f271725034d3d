namespace SalesOps.Seed;

/// <summary>An industry: its name in each language and the nouns its companies put in their names, per locale.</summary>
public sealed record Industry(Words Label, IReadOnlyList<string> En, IReadOnlyList<string> De, IReadOnlyList<string> Es)
{
    /// <summary>The English name (the key).</summary>
    public string Name => Label.En;

    public IReadOnlyList<string> Nouns(string locale) => locale switch { "de" => De, "es" => Es, _ => En };
}

/// <summary>
/// A country customers come from, named in the locale's language, with its legal forms and contact
/// conventions. Potentials are in our planning currency: EUR in Europe, USD in the Americas.
/// </summary>
public sealed record Market(string Country, IReadOnlyList<string> LegalForms, string Tld, string DialCode, string Currency);

/// <summary>The curated B2B vocabulary of generated accounts; Bogus supplies only people's and companies' surnames.</summary>
public static partial class DemoVocabulary
{
    public static readonly IReadOnlyList<string> Locales = Words.Locales;

    public static readonly IReadOnlyList<Industry> Industries =
    [
        new(new("Industrial automation", "Industrieautomation", "Automatización industrial"),
            ["Automation", "Controls", "Drive Systems"], ["Automatisierung", "Antriebstechnik", "Steuerungstechnik"], ["Automatización", "Controles Industriales"]),
        new(new("Packaging", "Verpackung", "Envases y embalajes"), ["Packaging", "Containers"], ["Verpackungen", "Verpackungstechnik"], ["Envases", "Embalajes"]),
        new(new("Medical devices", "Medizintechnik", "Dispositivos médicos"),
            ["Medical", "MedTech", "Surgical Systems"], ["Medizintechnik", "Medizinsysteme"], ["Dispositivos Médicos", "Equipos Médicos"]),
        new(new("Automotive supplier", "Automobilzulieferer", "Proveedor de automoción"),
            ["Automotive Components", "Precision Parts"], ["Fahrzeugtechnik", "Präzisionsteile"], ["Componentes", "Autopartes"]),
        new(new("Food processing", "Lebensmittelverarbeitung", "Industria alimentaria"),
            ["Foods", "Dairy", "Food Processing"], ["Lebensmittel", "Feinkost", "Molkerei"], ["Alimentos", "Conservas", "Lácteos"]),
        new(new("Chemicals", "Chemie", "Química"), ["Chemicals", "Coatings", "Polymers"], ["Chemie", "Lacke", "Polymere"], ["Química", "Recubrimientos", "Polímeros"]),
        new(new("Machine building", "Maschinenbau", "Fabricación de maquinaria"), ["Machinery", "Engineering"], ["Maschinenbau", "Anlagenbau"], ["Maquinaria", "Bienes de Equipo"]),
        new(new("Plastics processing", "Kunststoffverarbeitung", "Transformación de plásticos"),
            ["Plastics", "Moulding"], ["Kunststofftechnik", "Spritzguss"], ["Plásticos", "Inyección de Plásticos"]),
        new(new("Electronics manufacturing", "Elektronikfertigung", "Fabricación electrónica"),
            ["Electronics", "Circuits"], ["Elektronik", "Elektrotechnik"], ["Electrónica", "Circuitos"]),
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
            new("Deutschland", ["GmbH", "AG", "GmbH & Co. KG"], "de", "+49", "EUR"),
            new("Österreich", ["GmbH", "AG"], "at", "+43", "EUR"),
            new("Schweiz", ["AG", "GmbH"], "ch", "+41", "EUR"),
        ],
        ["es"] =
        [
            new("España", ["S.A.", "S.L."], "es", "+34", "EUR"),
            new("México", ["S.A. de C.V."], "com.mx", "+52", "USD"),
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

    /// <summary>Objections people raise, by function, in English; skeptics and detractors always carry one.</summary>
    public static IReadOnlyList<string> Concerns(string function) => Concerns(function, "en");

    /// <summary>The same objections in a locale, in the same order.</summary>
    public static IReadOnlyList<string> Concerns(string function, string locale) => ConcernsIn[locale][ConcernKey(function)];

    public static readonly IReadOnlyList<Words> GoalsForDecisionMakers =
    [
        new("Agree on the decision criteria and the timeline", "Entscheidungskriterien und Zeitplan abstimmen", "Acordar los criterios de decisión y el calendario"),
        new("Present the business case before the budget round", "Die Wirtschaftlichkeitsrechnung vor der Budgetrunde vorstellen", "Presentar el caso de negocio antes de la ronda de presupuestos"),
        new("Confirm the approval path and the signing date", "Genehmigungsweg und Unterschriftstermin bestätigen", "Confirmar el circuito de aprobación y la fecha de firma"),
    ];

    public static readonly IReadOnlyList<Words> GoalsForFriends =
    [
        new("Keep them equipped with arguments for the steering committee", "Mit Argumenten für den Lenkungsausschuss ausstatten", "Darles argumentos para el comité de dirección"),
        new("Ask for an introduction to the decision maker", "Um eine Vorstellung beim Entscheider bitten", "Pedir que nos presente al decisor"),
        new("Co-author the business case for the pilot", "Die Wirtschaftlichkeitsrechnung für das Pilotprojekt gemeinsam erstellen", "Elaborar juntos el caso de negocio del piloto"),
    ];

    public static readonly IReadOnlyList<Words> GoalsForNeutrals =
    [
        new("Show the reference installation at a peer plant", "Die Referenzanlage in einem vergleichbaren Werk zeigen", "Mostrar la instalación de referencia en una planta similar"),
        new("Win their support for the pilot on one line", "Unterstützung für ein Pilotprojekt an einer Linie gewinnen", "Conseguir su apoyo para el piloto en una línea"),
        new("Learn which criteria matter most to them", "Herausfinden, welche Kriterien ihnen am wichtigsten sind", "Saber qué criterios son los más importantes para ellos"),
    ];

    public static readonly IReadOnlyList<Words> GoalsForCritics =
    [
        new("Answer their concerns with data from the pilot", "Ihre Bedenken mit Daten aus dem Pilotprojekt beantworten", "Responder a sus reservas con datos del piloto"),
        new("Understand what keeps them with the incumbent", "Verstehen, was sie beim bisherigen Lieferanten hält", "Entender qué les retiene con el proveedor actual"),
        new("Defuse the objections before the steering meeting", "Die Einwände vor der Lenkungskreissitzung entkräften", "Desactivar las objeciones antes de la reunión del comité"),
    ];

    public static readonly IReadOnlyList<Words> GoalsForUnknowns =
    [
        new("Find out where they stand on the project", "Herausfinden, wie sie zum Projekt stehen", "Averiguar qué opinan del proyecto"),
        new("Get a first meeting and learn their priorities", "Einen ersten Termin bekommen und ihre Prioritäten kennenlernen", "Conseguir una primera reunión y conocer sus prioridades"),
    ];

    public static readonly IReadOnlyList<Words> InfluenceNotes =
    [
        new("Trusted for technical judgement", "Gilt als technische Autorität", "Su criterio técnico es muy respetado"),
        new("Worked together at the previous employer", "Haben beim früheren Arbeitgeber zusammengearbeitet", "Trabajaron juntos en la empresa anterior"),
        new("Sits on the investment committee", "Sitzt im Investitionsausschuss", "Forma parte del comité de inversiones"),
        new("Their recommendation usually carries the decision", "Ihre Empfehlung gibt meist den Ausschlag", "Su recomendación suele decidir"),
        new("Runs the pilot the decision will rest on", "Leitet das Pilotprojekt, auf dem die Entscheidung beruht", "Dirige el piloto del que depende la decisión"),
        new("Meets weekly in the operations review", "Trifft sich wöchentlich in der Produktionsrunde", "Se reúne cada semana en la revisión de operaciones"),
    ];

    /// <summary>The note on a critic's influence on a decision maker: {0} is their concern.</summary>
    public static readonly Words KeepsRaisingIt = new("Keeps raising it: {0}", "Spricht es immer wieder an: {0}", "Lo plantea una y otra vez: {0}");
}
