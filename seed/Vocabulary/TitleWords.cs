using SalesOps.Graph.Model;

namespace SalesOps.Seed;

/// <summary>
/// A job title in every language the generator speaks, with the forms a woman's card shows in German and
/// Spanish ("Leiterin Einkauf", "Jefa de Compras"); English titles are the same for everyone.
/// </summary>
public sealed class JobTitle(string en, string de, string es, string deWoman, string esWoman)
{
    public Words ForMen { get; } = new(en, de, es);

    public Words ForWomen { get; } = new(en, deWoman, esWoman);

    public string En => ForMen.En;

    public string In(string locale, bool woman) => (woman ? ForWomen : ForMen).In(locale);
}

/// <summary>Every job title of the generator in English, German and Spanish, each in the form for a man and for a woman.</summary>
internal static class TitleWords
{
    public static readonly JobTitle[] Top =
    [
        new("Managing Director", "Geschäftsführer", "Director General", "Geschäftsführerin", "Directora General"),
        new("CEO", "Vorstandsvorsitzender", "Consejero Delegado", "Vorstandsvorsitzende", "Consejera Delegada"),
        new("General Manager", "Sprecher der Geschäftsführung", "Gerente General", "Sprecherin der Geschäftsführung", "Gerente General"),
    ];

    public static readonly JobTitle Cfo = new(Titles.Cfo, "Finanzvorstand", "Director Financiero", "Finanzvorständin", "Directora Financiera");
    public static readonly JobTitle Coo = new(Titles.Coo, "Produktionsvorstand", "Director General de Operaciones", "Produktionsvorständin", "Directora General de Operaciones");

    public static readonly JobTitle[] Assistant =
    [
        new("Executive Assistant", "Assistenz der Geschäftsführung", "Asistente de Dirección", "Assistenz der Geschäftsführung", "Asistente de Dirección"),
        new("Assistant to the Managing Director", "Referent der Geschäftsführung", "Adjunto a la Dirección General", "Referentin der Geschäftsführung", "Adjunta a la Dirección General"),
    ];

    private static readonly Dictionary<(string, Level), JobTitle[]> ByFunction = new()
    {
        [(Functions.Purchasing, Level.Executive)] = [new("Chief Procurement Officer", "Einkaufsvorstand", "Director General de Compras", "Einkaufsvorständin", "Directora General de Compras")],
        [(Functions.Purchasing, Level.Director)] =
        [
            new("Head of Procurement", "Leiter Einkauf", "Jefe de Compras", "Leiterin Einkauf", "Jefa de Compras"),
            new("Purchasing Director", "Einkaufsdirektor", "Director de Compras", "Einkaufsdirektorin", "Directora de Compras"),
            new("VP Global Sourcing", "Bereichsleiter Globale Beschaffung", "Director de Aprovisionamiento Global", "Bereichsleiterin Globale Beschaffung", "Directora de Aprovisionamiento Global"),
        ],
        [(Functions.Purchasing, Level.Manager)] =
        [
            new("Category Manager", "Warengruppenmanager", "Responsable de Categoría", "Warengruppenmanagerin", "Responsable de Categoría"),
            new("Purchasing Manager", "Einkaufsmanager", "Responsable de Compras", "Einkaufsmanagerin", "Responsable de Compras"),
            new("Commodity Manager", "Leiter Materialgruppe", "Gestor de Familias de Compra", "Leiterin Materialgruppe", "Gestora de Familias de Compra"),
        ],
        [(Functions.Purchasing, Level.Specialist)] =
        [
            new("Strategic Buyer", "Strategischer Einkäufer", "Comprador Estratégico", "Strategische Einkäuferin", "Compradora Estratégica"),
            new("Buyer", "Einkäufer", "Comprador", "Einkäuferin", "Compradora"),
            new("Procurement Specialist", "Beschaffungsspezialist", "Técnico de Compras", "Beschaffungsspezialistin", "Técnica de Compras"),
        ],

        [(Functions.Engineering, Level.Executive)] = [new("CTO", "Technischer Geschäftsführer", "Director Técnico", "Technische Geschäftsführerin", "Directora Técnica")],
        [(Functions.Engineering, Level.Director)] =
        [
            new("Head of Engineering", "Leiter Entwicklung", "Jefe de Ingeniería", "Leiterin Entwicklung", "Jefa de Ingeniería"),
            new("Director R&D", "Leiter Forschung und Entwicklung", "Director de I+D", "Leiterin Forschung und Entwicklung", "Directora de I+D"),
            new("VP Engineering", "Bereichsleiter Technik", "Director de Ingeniería", "Bereichsleiterin Technik", "Directora de Ingeniería"),
        ],
        [(Functions.Engineering, Level.Manager)] =
        [
            new("Engineering Manager", "Gruppenleiter Konstruktion", "Responsable de Ingeniería", "Gruppenleiterin Konstruktion", "Responsable de Ingeniería"),
            new("R&D Group Manager", "Gruppenleiter Entwicklung", "Jefe de Grupo de I+D", "Gruppenleiterin Entwicklung", "Jefa de Grupo de I+D"),
            new("Project Manager R&D", "Projektleiter Entwicklung", "Jefe de Proyecto de I+D", "Projektleiterin Entwicklung", "Jefa de Proyecto de I+D"),
        ],
        [(Functions.Engineering, Level.Specialist)] =
        [
            new("Design Engineer", "Konstrukteur", "Ingeniero de Diseño", "Konstrukteurin", "Ingeniera de Diseño"),
            new("Mechanical Engineer", "Maschinenbauingenieur", "Ingeniero Mecánico", "Maschinenbauingenieurin", "Ingeniera Mecánica"),
            new("Electrical Engineer", "Elektroingenieur", "Ingeniero Eléctrico", "Elektroingenieurin", "Ingeniera Eléctrica"),
            new("Test Engineer", "Prüfingenieur", "Ingeniero de Pruebas", "Prüfingenieurin", "Ingeniera de Pruebas"),
        ],

        [(Functions.Production, Level.Executive)] = [Coo],
        [(Functions.Production, Level.Director)] =
        [
            new("Plant Director", "Werkleiter", "Director de Planta", "Werkleiterin", "Directora de Planta"),
            new("Head of Operations", "Leiter Produktion", "Director de Operaciones", "Leiterin Produktion", "Directora de Operaciones"),
            new("VP Manufacturing", "Bereichsleiter Fertigung", "Director Industrial", "Bereichsleiterin Fertigung", "Directora Industrial"),
        ],
        [(Functions.Production, Level.Manager)] =
        [
            new("Production Manager", "Produktionsleiter", "Jefe de Producción", "Produktionsleiterin", "Jefa de Producción"),
            new("Maintenance Manager", "Leiter Instandhaltung", "Jefe de Mantenimiento", "Leiterin Instandhaltung", "Jefa de Mantenimiento"),
            new("Shift Manager", "Schichtleiter", "Jefe de Turno", "Schichtleiterin", "Jefa de Turno"),
        ],
        [(Functions.Production, Level.Specialist)] =
        [
            new("Process Engineer", "Verfahrenstechniker", "Ingeniero de Procesos", "Verfahrenstechnikerin", "Ingeniera de Procesos"),
            new("Maintenance Technician", "Instandhaltungstechniker", "Técnico de Mantenimiento", "Instandhaltungstechnikerin", "Técnica de Mantenimiento"),
            new("Production Planner", "Produktionsplaner", "Planificador de Producción", "Produktionsplanerin", "Planificadora de Producción"),
        ],

        [(Functions.Quality, Level.Director)] =
        [
            new("Head of Quality", "Leiter Qualitätssicherung", "Jefe de Calidad", "Leiterin Qualitätssicherung", "Jefa de Calidad"),
            new("Quality Director", "Qualitätsdirektor", "Director de Calidad", "Qualitätsdirektorin", "Directora de Calidad"),
        ],
        [(Functions.Quality, Level.Manager)] =
        [
            new("Quality Manager", "Qualitätsmanager", "Responsable de Calidad", "Qualitätsmanagerin", "Responsable de Calidad"),
            new("QA Manager", "Leiter Qualitätsprüfung", "Jefe de Aseguramiento de Calidad", "Leiterin Qualitätsprüfung", "Jefa de Aseguramiento de Calidad"),
            new("Supplier Quality Manager", "Leiter Lieferantenqualität", "Responsable de Calidad de Proveedores", "Leiterin Lieferantenqualität", "Responsable de Calidad de Proveedores"),
        ],
        [(Functions.Quality, Level.Specialist)] =
        [
            new("Quality Engineer", "Qualitätsingenieur", "Ingeniero de Calidad", "Qualitätsingenieurin", "Ingeniera de Calidad"),
            new("Supplier Quality Engineer", "Ingenieur Lieferantenqualität", "Ingeniero de Calidad de Proveedores", "Ingenieurin Lieferantenqualität", "Ingeniera de Calidad de Proveedores"),
            new("Validation Specialist", "Validierungsspezialist", "Técnico de Validación", "Validierungsspezialistin", "Técnica de Validación"),
        ],

        [(Functions.Finance, Level.Executive)] = [Cfo],
        [(Functions.Finance, Level.Director)] =
        [
            new("Head of Finance", "Leiter Finanzen", "Jefe de Finanzas", "Leiterin Finanzen", "Jefa de Finanzas"),
            new("Head of Controlling", "Leiter Finanzcontrolling", "Jefe de Control de Gestión", "Leiterin Finanzcontrolling", "Jefa de Control de Gestión"),
            new("VP Finance", "Bereichsleiter Finanzen", "Director de Administración y Finanzas", "Bereichsleiterin Finanzen", "Directora de Administración y Finanzas"),
        ],
        [(Functions.Finance, Level.Manager)] =
        [
            new("Financial Controller", "Finanzcontroller", "Responsable de Control Financiero", "Finanzcontrollerin", "Responsable de Control Financiero"),
            new("Controlling Manager", "Leiter Kostenrechnung", "Responsable de Control de Gestión", "Leiterin Kostenrechnung", "Responsable de Control de Gestión"),
            new("Treasury Manager", "Leiter Zahlungsverkehr", "Responsable de Tesorería", "Leiterin Zahlungsverkehr", "Responsable de Tesorería"),
        ],
        [(Functions.Finance, Level.Specialist)] =
        [
            new("Cost Accountant", "Kostenrechner", "Contable de Costes", "Kostenrechnerin", "Contable de Costes"),
            new("Financial Analyst", "Finanzanalyst", "Analista Financiero", "Finanzanalystin", "Analista Financiera"),
            new("Investment Controller", "Investitionscontroller", "Analista de Inversiones", "Investitionscontrollerin", "Analista de Inversiones"),
        ],

        [(Functions.IT, Level.Executive)] = [new("CIO", "Vorstand Digitalisierung", "Director de Sistemas de Información", "Vorständin Digitalisierung", "Directora de Sistemas de Información")],
        [(Functions.IT, Level.Director)] =
        [
            new("Head of IT", "Leiter IT", "Jefe de Sistemas", "Leiterin IT", "Jefa de Sistemas"),
            new("IT Director", "Direktor Informationstechnik", "Director de Tecnología", "Direktorin Informationstechnik", "Directora de Tecnología"),
        ],
        [(Functions.IT, Level.Manager)] =
        [
            new("IT Infrastructure Manager", "Leiter IT-Infrastruktur", "Responsable de Infraestructura", "Leiterin IT-Infrastruktur", "Responsable de Infraestructura"),
            new("ERP Manager", "Leiter Unternehmensanwendungen", "Responsable de Aplicaciones Corporativas", "Leiterin Unternehmensanwendungen", "Responsable de Aplicaciones Corporativas"),
            new("OT Security Manager", "Leiter Sicherheit Produktionsnetz", "Responsable de Ciberseguridad Industrial", "Leiterin Sicherheit Produktionsnetz", "Responsable de Ciberseguridad Industrial"),
        ],
        [(Functions.IT, Level.Specialist)] =
        [
            new("Systems Engineer", "Systemingenieur", "Ingeniero de Sistemas", "Systemingenieurin", "Ingeniera de Sistemas"),
            new("ERP Consultant", "Anwendungsberater", "Consultor de Aplicaciones", "Anwendungsberaterin", "Consultora de Aplicaciones"),
            new("IT Security Specialist", "IT-Sicherheitsspezialist", "Técnico de Ciberseguridad", "IT-Sicherheitsspezialistin", "Técnica de Ciberseguridad"),
        ],

        [(Functions.Marketing, Level.Executive)] = [new("CMO", "Marketingvorstand", "Director General de Marketing", "Marketingvorständin", "Directora General de Marketing")],
        [(Functions.Marketing, Level.Director)] =
        [
            new("Head of Marketing", "Leiter Marketing", "Jefe de Marketing", "Leiterin Marketing", "Jefa de Marketing"),
            new("Marketing Director", "Marketingdirektor", "Director de Marketing", "Marketingdirektorin", "Directora de Marketing"),
        ],
        [(Functions.Marketing, Level.Manager)] =
        [
            new("Product Marketing Manager", "Produktmarketingmanager", "Responsable de Marketing de Producto", "Produktmarketingmanagerin", "Responsable de Marketing de Producto"),
            new("Brand Manager", "Markenverantwortlicher", "Responsable de Marca", "Markenverantwortliche", "Responsable de Marca"),
        ],
        [(Functions.Marketing, Level.Specialist)] =
        [
            new("Marketing Specialist", "Marketingreferent", "Técnico de Marketing", "Marketingreferentin", "Técnica de Marketing"),
            new("Market Analyst", "Marktanalyst", "Analista de Mercado", "Marktanalystin", "Analista de Mercado"),
        ],
    };

    private static readonly Dictionary<TeamRole, (JobTitle Title, Level Level)[]> ByTeamRole = new()
    {
        [TeamRole.AccountManager] =
        [
            (new("Key Account Manager", "Großkundenbetreuer", "Gestor de Cuentas Clave", "Großkundenbetreuerin", "Gestora de Cuentas Clave"), Level.Manager),
            (new("Senior Account Manager", "Leitender Kundenbetreuer", "Gestor de Cuentas Sénior", "Leitende Kundenbetreuerin", "Gestora de Cuentas Sénior"), Level.Manager),
            (new("Director Key Accounts", "Leiter Großkunden", "Director de Grandes Cuentas", "Leiterin Großkunden", "Directora de Grandes Cuentas"), Level.Director),
        ],
        [TeamRole.SalesEngineer] =
        [
            (new("Sales Engineer", "Vertriebsingenieur", "Ingeniero de Ventas", "Vertriebsingenieurin", "Ingeniera de Ventas"), Level.Specialist),
            (new("Application Engineer", "Anwendungstechniker", "Ingeniero de Aplicaciones", "Anwendungstechnikerin", "Ingeniera de Aplicaciones"), Level.Specialist),
            (new("Technical Sales Manager", "Leiter Technischer Vertrieb", "Responsable Técnico-Comercial", "Leiterin Technischer Vertrieb", "Responsable Técnico-Comercial"), Level.Manager),
        ],
        [TeamRole.ProductManager] =
        [
            (new("Product Manager", "Produktmanager", "Jefe de Producto", "Produktmanagerin", "Jefa de Producto"), Level.Manager),
            (new("Senior Product Manager", "Leitender Produktmanager", "Jefe de Producto Sénior", "Leitende Produktmanagerin", "Jefa de Producto Sénior"), Level.Manager),
            (new("Head of Product Management", "Leiter Produktmanagement", "Director de Gestión de Producto", "Leiterin Produktmanagement", "Directora de Gestión de Producto"), Level.Director),
        ],
        [TeamRole.Service] =
        [
            (new("Service Manager", "Serviceleiter", "Responsable de Servicio Técnico", "Serviceleiterin", "Responsable de Servicio Técnico"), Level.Manager),
            (new("Field Service Engineer", "Servicetechniker", "Técnico de Servicio en Campo", "Servicetechnikerin", "Técnica de Servicio en Campo"), Level.Specialist),
            (new("Customer Success Manager", "Kundenerfolgsmanager", "Responsable de Éxito del Cliente", "Kundenerfolgsmanagerin", "Responsable de Éxito del Cliente"), Level.Manager),
        ],
        [TeamRole.Marketing] =
        [
            (new("Industry Marketing Manager", "Branchenmarketingmanager", "Responsable de Marketing Sectorial", "Branchenmarketingmanagerin", "Responsable de Marketing Sectorial"), Level.Manager),
            (new("Marketing Manager", "Marketingmanager", "Responsable de Comunicación", "Marketingmanagerin", "Responsable de Comunicación"), Level.Manager),
        ],
        [TeamRole.ExecutiveSponsor] =
        [
            (new("Managing Director", "Geschäftsführer", "Director General", "Geschäftsführerin", "Directora General"), Level.Executive),
            (new("Chief Commercial Officer", "Vertriebsvorstand", "Director Comercial", "Vertriebsvorständin", "Directora Comercial"), Level.Executive),
            (new("VP Sales", "Vertriebsleiter", "Director de Ventas", "Vertriebsleiterin", "Directora de Ventas"), Level.Director),
        ],
    };

    public static IReadOnlyList<JobTitle> For(string function, Level level) =>
        ByFunction.TryGetValue((function, level), out var titles) ? titles : [];

    public static IReadOnlyList<(JobTitle Title, Level Level)> For(TeamRole role) => ByTeamRole[role];

    public static IEnumerable<JobTitle> AllPerson => [.. Top, Cfo, Coo, .. Assistant, .. ByFunction.Values.SelectMany(t => t)];

    public static IEnumerable<JobTitle> AllCounterpart => ByTeamRole.Values.SelectMany(t => t.Select(x => x.Title));

    /// <summary>Every title of a customer person or one of ours.</summary>
    public static IEnumerable<JobTitle> All => AllPerson.Concat(AllCounterpart);

    /// <summary>Every title in both forms, as phrases of the whole vocabulary.</summary>
    public static IEnumerable<Words> AllWords => All.SelectMany(t => new[] { t.ForMen, t.ForWomen });
}
