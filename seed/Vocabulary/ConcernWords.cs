namespace SalesOps.Seed;

// The objections of the vocabulary, each with the topic of the arguments that answer it.
public static partial class DemoVocabulary
{
    /// <summary>The concern lists by function; functions without a list of their own raise the general ones.</summary>
    internal static readonly Dictionary<string, (Words Text, string Topic)[]> ConcernsByFunction = new(StringComparer.Ordinal)
    {
        [Functions.Purchasing] =
        [
            (new("Prefers incumbent supplier", "Bevorzugt den bisherigen Lieferanten", "Prefiere al proveedor actual"), PlanVocabulary.MigrationRisk),
            (new("Thinks our price is 10–15% above the benchmark", "Hält unseren Preis für 10–15 % über dem Marktüblichen", "Considera que nuestro precio está un 10–15 % por encima del mercado"), PlanVocabulary.Price),
            (new("Wants a second source before committing", "Verlangt vor einer Zusage eine zweite Bezugsquelle", "Quiere una segunda fuente de suministro antes de comprometerse"), PlanVocabulary.DeliveryReliability),
            (new("Insists on 90-day payment terms", "Besteht auf 90 Tagen Zahlungsziel", "Exige un plazo de pago de 90 días"), PlanVocabulary.Price),
        ],
        [Functions.Engineering] =
        [
            (new("Doubts our interface fits the existing design", "Bezweifelt, dass unsere Schnittstelle zur bestehenden Konstruktion passt", "Duda de que nuestra interfaz encaje en el diseño actual"), PlanVocabulary.Integration),
            (new("Worried about the integration effort with the current controls", "Befürchtet hohen Einbindungsaufwand bei der vorhandenen Steuerung", "Le preocupa el esfuerzo de integración con el control actual"), PlanVocabulary.Integration),
            (new("Would rather develop it in-house", "Würde es lieber selbst entwickeln", "Preferiría desarrollarlo internamente"), PlanVocabulary.Integration),
        ],
        [Functions.Production] =
        [
            (new("Worried about migration downtime", "Befürchtet Stillstand bei der Umstellung", "Teme paradas de producción durante la migración"), PlanVocabulary.MigrationRisk),
            (new("Fears the training effort for shift staff", "Scheut den Schulungsaufwand für die Schichtmitarbeiter", "Teme el esfuerzo de formación del personal de turno"), PlanVocabulary.ServiceCoverage),
            (new("Allows changeovers only during the summer shutdown", "Erlaubt Umstellungen nur während der Betriebsruhe im Sommer", "Solo permite cambios durante la parada de verano"), PlanVocabulary.MigrationRisk),
        ],
        [Functions.Quality] =
        [
            (new("Requires full validation before any release", "Verlangt eine vollständige Validierung vor jeder Freigabe", "Exige una validación completa antes de cualquier liberación"), PlanVocabulary.Quality),
            (new("Concerned about lot traceability", "Sorgt sich um die Rückverfolgbarkeit der Chargen", "Le preocupa la trazabilidad de los lotes"), PlanVocabulary.Quality),
            (new("Saw field failures with a similar product", "Hat Feldausfälle bei einem ähnlichen Produkt erlebt", "Ha visto fallos en campo con un producto similar"), PlanVocabulary.Quality),
        ],
        [Functions.Finance] =
        [
            (new("Doubts the ROI within two years", "Bezweifelt die Amortisation innerhalb von zwei Jahren", "Duda de la amortización en dos años"), PlanVocabulary.Price),
            (new("Capex budget frozen until Q3", "Investitionsbudget bis zum dritten Quartal eingefroren", "Presupuesto de inversión congelado hasta el tercer trimestre"), PlanVocabulary.Price),
            (new("Prefers leasing to buying", "Zieht Miete oder Finanzierung dem Kauf vor", "Prefiere el arrendamiento a la compra"), PlanVocabulary.Price),
        ],
        [Functions.IT] =
        [
            (new("Needs an IT security review before anything touches the network", "Verlangt eine IT-Sicherheitsprüfung, bevor etwas ans Netz geht", "Exige una revisión de seguridad informática antes de conectar nada a la red"), PlanVocabulary.ItSecurity),
            (new("Does not want another system to maintain", "Möchte keine weitere Anwendung betreuen", "No quiere otro sistema que mantener"), PlanVocabulary.ServiceCoverage),
            (new("Insists on on-premises hosting", "Besteht auf Betrieb im eigenen Rechenzentrum", "Exige alojamiento en sus propios servidores"), PlanVocabulary.ItSecurity),
        ],
        [Functions.Marketing] =
        [
            (new("Sees no benefit for their end customers", "Sieht keinen Nutzen für die eigenen Endkunden", "No ve beneficio para sus clientes finales"), PlanVocabulary.ReferenceCustomers),
            (new("Wants co-marketing commitments first", "Verlangt zuerst Zusagen für gemeinsame Werbung", "Quiere primero compromisos de promoción conjunta"), PlanVocabulary.ReferenceCustomers),
        ],
        [""] =
        [
            (new("Prefers incumbent supplier", "Bevorzugt den bisherigen Lieferanten", "Prefiere al proveedor actual"), PlanVocabulary.MigrationRisk),
            (new("Questions whether switching is worth the risk this year", "Bezweifelt, dass sich ein Wechsel in diesem Jahr lohnt", "Duda de que cambiar merezca la pena este año"), PlanVocabulary.MigrationRisk),
            (new("Wants a reference from a peer company first", "Möchte zuerst eine Referenz eines vergleichbaren Unternehmens", "Quiere primero una referencia de una empresa similar"), PlanVocabulary.ReferenceCustomers),
        ],
    };

    private static string ConcernKey(string function) => ConcernsByFunction.ContainsKey(function) ? function : "";

    private static readonly Dictionary<string, Dictionary<string, string[]>> ConcernsIn = Words.Locales.ToDictionary(
        l => l, l => ConcernsByFunction.ToDictionary(f => f.Key, f => f.Value.Select(c => c.Text.In(l)).ToArray(), StringComparer.Ordinal),
        StringComparer.Ordinal);

    /// <summary>The topic key of a concern sentence in a locale, or null when the vocabulary has no such sentence.</summary>
    internal static string? TopicKeyOf(string concern, string locale) => TopicKeys[locale].GetValueOrDefault(concern);

    private static readonly Dictionary<string, Dictionary<string, string>> TopicKeys = Words.Locales.ToDictionary(
        l => l, l => ConcernsByFunction.Values.SelectMany(v => v).DistinctBy(c => c.Text.In(l)).ToDictionary(c => c.Text.In(l), c => c.Topic, StringComparer.Ordinal),
        StringComparer.Ordinal);
}
