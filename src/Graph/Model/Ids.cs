using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace SalesOps.Graph.Model;

/// <summary>Application-assigned ids: a short kind prefix and random lowercase letters and digits.</summary>
public static partial class Ids
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    public static string New(string prefix) => prefix + "-" + RandomNumberGenerator.GetString(Alphabet, 10);

    public static string New(string prefix, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return prefix + "-" + new string(Enumerable.Range(0, 10).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
    }

    public static string Prefix(NodeKind kind) => kind switch
    {
        NodeKind.Person => "p",
        NodeKind.Counterpart => "c",
        NodeKind.Function => "f",
        NodeKind.Meeting => "m",
        NodeKind.Concern => "cn",
        _ => "ar",
    };

    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    [GeneratedRegex(@"\A[a-z0-9][a-z0-9_-]{0,63}\z")]
    private static partial Regex Pattern();
}
