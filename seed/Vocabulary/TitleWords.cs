using SalesOps.Graph.Model;

namespace SalesOps.Seed;

/// <summary>Every job title of the generator in English, German and Spanish (German titles in the generic masculine customers print).</summary>
internal static class TitleWords
{
    public static readonly Words[] Top =
    [
        new("Managing Director", "Geschäftsführer", "Director General"),
        new("CEO", "Vorstandsvorsitzender", "Consejero Delegado"),
        new("General Manager", "Sprecher der Geschäftsführung", "Gerente General"),
    ];

    public static readonly Words Cfo = new(Titles.Cfo, "Finanzvorstand", "Director Financiero");
    public static readonly Words Coo = new(Titles.Coo, "Produktionsvorstand", "Director General de Operaciones");

    public static readonly Words[] Assistant =
    [
        new("Executive Assistant", "Assistenz der Geschäftsführung", "Asistente de Dirección"),
        new("Assistant to the Managing Director", "Referent der Geschäftsführung", "Adjunto a la Dirección General"),
    ];

    private static readonly Dictionary<(string, Level), Words[]> ByFunction = new()
    {
        [(Functions.Purchasing, Level.Executive)] = [new("Chief Procurement Officer", "Einkaufsvorstand", "Director General de Compras")],
        [(Functions.Purchasing, Level.Director)] =
        [
            new("Head of Procurement", "Leiter Einkauf", "Jefe de Compras"),
            new("Purchasing Director", "Einkaufsdirektor", "Director de Compras"),
            new("VP Global Sourcing", "Bereichsleiter Globale Beschaffung", "Director de Aprovisionamiento Global"),
        ],
        [(Functions.Purchasing, Level.Manager)] =
        [
            new("Category Manager", "Warengruppenmanager", "Responsable de Categoría"),
            new("Purchasing Manager", "Einkaufsmanager", "Responsable de Compras"),
            new("Commodity Manager", "Leiter Materialgruppe", "Gestor de Familias de Compra"),
        ],
        [(Functions.Purchasing, Level.Specialist)] =
        [
            new("Strategic Buyer", "Strategischer Einkäufer", "Comprador Estratégico"),
            new("Buyer", "Einkäufer", "Comprador"),
            new("Procurement Specialist", "Beschaffungsspezialist", "Técnico de Compras"),
        ],

        [(Functions.Engineering, Level.Executive)] = [new("CTO", "Technischer Geschäftsführer", "Director Técnico")],
        [(Functions.Engineering, Level.Director)] =
        [
            new("Head of Engineering", "Leiter Entwicklung", "Jefe de Ingeniería"),
            new("Director R&D", "Leiter Forschung und Entwicklung", "Director de I+D"),
            new("VP Engineering", "Bereichsleiter Technik", "Director de Ingeniería"),
        ],
        [(Functions.Engineering, Level.Manager)] =
        [
            new("Engineering Manager", "Gruppenleiter Konstruktion", "Responsable de Ingeniería"),
            new("R&D Group Manager", "Gruppenleiter Entwicklung", "Jefe de Grupo de I+D"),
            new("Project Manager R&D", "Projektleiter Entwicklung", "Jefe de Proyecto de I+D"),
        ],
        [(Functions.Engineering, Level.Specialist)] =
        [
            new("Design Engineer", "Konstrukteur", "Ingeniero de Diseño"),
            new("Mechanical Engineer", "Maschinenbauingenieur", "Ingeniero Mecánico"),
            new("Electrical Engineer", "Elektroingenieur", "Ingeniero Eléctrico"),
            new("Test Engineer", "Prüfingenieur", "Ingeniero de Pruebas"),
        ],

        [(Functions.Production, Level.Executive)] = [Coo],
        [(Functions.Production, Level.Director)] =
        [
            new("Plant Director", "Werkleiter", "Director de Planta"),
            new("Head of Operations", "Leiter Produktion", "Director de Operaciones"),
            new("VP Manufacturing", "Bereichsleiter Fertigung", "Director Industrial"),
        ],
        [(Functions.Production, Level.Manager)] =
        [
            new("Production Manager", "Produktionsleiter", "Jefe de Producción"),
            new("Maintenance Manager", "Leiter Instandhaltung", "Jefe de Mantenimiento"),
            new("Shift Manager", "Schichtleiter", "Jefe de Turno"),
        ],
        [(Functions.Production, Level.Specialist)] =
        [
            new("Process Engineer", "Verfahrenstechniker", "Ingeniero de Procesos"),
            new("Maintenance Technician", "Instandhaltungstechniker", "Técnico de Mantenimiento"),
            new("Production Planner", "Produktionsplaner", "Planificador de Producción"),
        ],

        [(Functions.Quality, Level.Director)] =
        [
            new("Head of Quality", "Leiter Qualitätssicherung", "Jefe de Calidad"),
            new("Quality Director", "Qualitätsdirektor", "Director de Calidad"),
        ],
        [(Functions.Quality, Level.Manager)] =
        [
            new("Quality Manager", "Qualitätsmanager", "Responsable de Calidad"),
            new("QA Manager", "Leiter Qualitätsprüfung", "Jefe de Aseguramiento de Calidad"),
            new("Supplier Quality Manager", "Leiter Lieferantenqualität", "Responsable de Calidad de Proveedores"),
        ],
        [(Functions.Quality, Level.Specialist)] =
        [
            new("Quality Engineer", "Qualitätsingenieur", "Ingeniero de Calidad"),
            new("Supplier Quality Engineer", "Ingenieur Lieferantenqualität", "Ingeniero de Calidad de Proveedores"),
            new("Validation Specialist", "Validierungsspezialist", "Técnico de Validación"),
        ],

        [(Functions.Finance, Level.Executive)] = [Cfo],
        [(Functions.Finance, Level.Director)] =
        [
            new("Head of Finance", "Leiter Finanzen", "Jefe de Finanzas"),
            new("Head of Controlling", "Leiter Finanzcontrolling", "Jefe de Control de Gestión"),
            new("VP Finance", "Bereichsleiter Finanzen", "Director de Administración y Finanzas"),
        ],
        [(Functions.Finance, Level.Manager)] =
        [
            new("Financial Controller", "Finanzcontroller", "Responsable de Control Financiero"),
            new("Controlling Manager", "Leiter Kostenrechnung", "Responsable de Control de Gestión"),
            new("Treasury Manager", "Leiter Zahlungsverkehr", "Responsable de Tesorería"),
        ],
        [(Functions.Finance, Level.Specialist)] =
        [
            new("Cost Accountant", "Kostenrechner", "Contable de Costes"),
            new("Financial Analyst", "Finanzanalyst", "Analista Financiero"),
            new("Investment Controller", "Investitionscontroller", "Analista de Inversiones"),
        ],

        [(Functions.IT, Level.Executive)] = [new("CIO", "Vorstand Digitalisierung", "Director de Sistemas de Información")],
        [(Functions.IT, Level.Director)] =
        [
            new("Head of IT", "Leiter IT", "Jefe de Sistemas"),
            new("IT Director", "Direktor Informationstechnik", "Director de Tecnología"),
        ],
        [(Functions.IT, Level.Manager)] =
        [
            new("IT Infrastructure Manager", "Leiter IT-Infrastruktur", "Responsable de Infraestructura"),
            new("ERP Manager", "Leiter Unternehmensanwendungen", "Responsable de Aplicaciones Corporativas"),
            new("OT Security Manager", "Leiter Sicherheit Produktionsnetz", "Responsable de Ciberseguridad Industrial"),
        ],
        [(Functions.IT, Level.Specialist)] =
        [
            new("Systems Engineer", "Systemingenieur", "Ingeniero de Sistemas"),
            new("ERP Consultant", "Anwendungsberater", "Consultor de Aplicaciones"),
            new("IT Security Specialist", "IT-Sicherheitsspezialist", "Técnico de Ciberseguridad"),
        ],

        [(Functions.Marketing, Level.Executive)] = [new("CMO", "Marketingvorstand", "Director General de Marketing")],
        [(Functions.Marketing, Level.Director)] =
        [
            new("Head of Marketing", "Leiter Marketing", "Jefe de Marketing"),
            new("Marketing Director", "Marketingdirektor", "Director de Marketing"),
        ],
        [(Functions.Marketing, Level.Manager)] =
        [
            new("Product Marketing Manager", "Produktmarketingmanager", "Responsable de Marketing de Producto"),
            new("Brand Manager", "Markenverantwortlicher", "Responsable de Marca"),
        ],
        [(Functions.Marketing, Level.Specialist)] =
        [
            new("Marketing Specialist", "Marketingreferent", "Técnico de Marketing"),
            new("Market Analyst", "Marktanalyst", "Analista de Mercado"),
        ],
    };

    private static readonly Dictionary<TeamRole, (Words Title, Level Level)[]> ByTeamRole = new()
    {
        [TeamRole.AccountManager] =
        [
            (new("Key Account Manager", "Großkundenbetreuer", "Gestor de Cuentas Clave"), Level.Manager),
            (new("Senior Account Manager", "Leitender Kundenbetreuer", "Gestor de Cuentas Sénior"), Level.Manager),
            (new("Director Key Accounts", "Leiter Großkunden", "Director de Grandes Cuentas"), Level.Director),
        ],
        [TeamRole.SalesEngineer] =
        [
            (new("Sales Engineer", "Vertriebsingenieur", "Ingeniero de Ventas"), Level.Specialist),
            (new("Application Engineer", "Anwendungstechniker", "Ingeniero de Aplicaciones"), Level.Specialist),
            (new("Technical Sales Manager", "Leiter Technischer Vertrieb", "Responsable Técnico-Comercial"), Level.Manager),
        ],
        [TeamRole.ProductManager] =
        [
            (new("Product Manager", "Produktmanager", "Jefe de Producto"), Level.Manager),
            (new("Senior Product Manager", "Leitender Produktmanager", "Jefe de Producto Sénior"), Level.Manager),
            (new("Head of Product Management", "Leiter Produktmanagement", "Director de Gestión de Producto"), Level.Director),
        ],
        [TeamRole.Service] =
        [
            (new("Service Manager", "Serviceleiter", "Responsable de Servicio Técnico"), Level.Manager),
            (new("Field Service Engineer", "Servicetechniker", "Técnico de Servicio en Campo"), Level.Specialist),
            (new("Customer Success Manager", "Kundenerfolgsmanager", "Responsable de Éxito del Cliente"), Level.Manager),
        ],
        [TeamRole.Marketing] =
        [
            (new("Industry Marketing Manager", "Branchenmarketingmanager", "Responsable de Marketing Sectorial"), Level.Manager),
            (new("Marketing Manager", "Marketingmanager", "Responsable de Comunicación"), Level.Manager),
        ],
        [TeamRole.ExecutiveSponsor] =
        [
            (new("Managing Director", "Geschäftsführer", "Director General"), Level.Executive),
            (new("Chief Commercial Officer", "Vertriebsvorstand", "Director Comercial"), Level.Executive),
            (new("VP Sales", "Vertriebsleiter", "Director de Ventas"), Level.Director),
        ],
    };

    public static IReadOnlyList<Words> For(string function, Level level) =>
        ByFunction.TryGetValue((function, level), out var titles) ? titles : [];

    public static IReadOnlyList<(Words Title, Level Level)> For(TeamRole role) => ByTeamRole[role];

    public static IEnumerable<Words> AllPerson => [.. Top, Cfo, Coo, .. Assistant, .. ByFunction.Values.SelectMany(t => t)];

    public static IEnumerable<Words> AllCounterpart => ByTeamRole.Values.SelectMany(t => t.Select(x => x.Title));

    /// <summary>Every title by its English key (titles shared by two lists are the same words).</summary>
    public static readonly IReadOnlyDictionary<string, Words> ByEnglish =
        AllPerson.Concat(AllCounterpart).DistinctBy(w => w.En).ToDictionary(w => w.En, StringComparer.Ordinal);
}
