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
/// The curated vocabulary of account plans: meetings, concern topics and arguments, in each locale. The
/// English names of the topics are their keys; <see cref="Meetings"/>, <see cref="Arguments"/> and
/// <see cref="Topics"/> are the English lists, <see cref="MeetingsIn"/> and the like the same lists in a locale.
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

    private static readonly Dictionary<string, Words> TopicWords = new(StringComparer.Ordinal)
    {
        [Price] = new(Price, "Preis", "Precio"),
        [MigrationRisk] = new(MigrationRisk, "Umstellungsrisiko", "Riesgo de migración"),
        [ServiceCoverage] = new(ServiceCoverage, "Serviceabdeckung", "Cobertura de servicio"),
        [ReferenceCustomers] = new(ReferenceCustomers, "Referenzkunden", "Clientes de referencia"),
        [DeliveryReliability] = new(DeliveryReliability, "Liefertreue", "Fiabilidad de entrega"),
        [Integration] = new(Integration, "Einbindung", "Integración"),
        [Quality] = new(Quality, "Qualität", "Calidad"),
        [ItSecurity] = new(ItSecurity, "IT-Sicherheit", "Seguridad informática"),
    };

    public static readonly IReadOnlyList<string> Topics = [.. TopicWords.Keys];

    /// <summary>A topic's name in a locale.</summary>
    public static string Topic(string key, string locale) => TopicWords[key].In(locale);

    /// <summary>The topic of every concern sentence in <see cref="DemoVocabulary.Concerns(string)"/>.</summary>
    public static string TopicOf(string concern) => TopicOf(concern, "en");

    /// <summary>The topic, in the locale's words, of a concern sentence in that locale.</summary>
    public static string TopicOf(string concern, string locale) => DemoVocabulary.TopicKeyOf(concern, locale) is { } key
        ? Topic(key, locale)
        : throw new ArgumentException($"The concern '{concern}' has no topic in the plan vocabulary.", nameof(concern));

    public static IReadOnlyList<MeetingTemplate> Meetings => MeetingsIn("en");

    public static IReadOnlyList<ArgumentTemplate> Arguments => ArgumentsIn("en");

    public static IReadOnlyList<MeetingTemplate> MeetingsIn(string locale) => MeetingsByLocale[locale];

    public static IReadOnlyList<ArgumentTemplate> ArgumentsIn(string locale) => ArgumentsByLocale[locale];

    private static readonly Dictionary<string, MeetingTemplate[]> MeetingsByLocale = Words.Locales.ToDictionary(l => l, l => PlanPhrases.Meetings.Select(m =>
        new MeetingTemplate(m.Objective.In(l), m.Methods, m.Topics.In(l), [.. m.Outcomes.Select(o => o.In(l))], [.. m.NextSteps.Select(s => s.In(l))],
            [.. m.Documents.Select(d => d.In(l))])).ToArray(), StringComparer.Ordinal);

    private static readonly Dictionary<string, ArgumentTemplate[]> ArgumentsByLocale = Words.Locales.ToDictionary(l => l, l => PlanPhrases.Arguments.Select(a =>
        new ArgumentTemplate(a.Title.In(l), Topic(a.Topic, l), a.Text.In(l), [.. a.Documents.Select(d => d.In(l))])).ToArray(), StringComparer.Ordinal);

    /// <summary>Every curated phrase of the plan vocabulary, for checks that a locale speaks only its own language.</summary>
    internal static IEnumerable<Words> AllWords =>
        TopicWords.Values
            .Concat(PlanPhrases.Meetings.SelectMany(m => new[] { m.Objective, m.Topics }.Concat(m.Outcomes).Concat(m.NextSteps).Concat(m.Documents)))
            .Concat(PlanPhrases.Arguments.SelectMany(a => new[] { a.Title, a.Text }.Concat(a.Documents)));
}

/// <summary>A meeting template in every language.</summary>
internal sealed record MeetingPhrases(Words Objective, MeetingMethod[] Methods, Words Topics, Words[] Outcomes, Words[] NextSteps, Words[] Documents);

/// <summary>An argument of the library in every language; the topic is its English key.</summary>
internal sealed record ArgumentPhrases(Words Title, string Topic, Words Text, Words[] Documents);
