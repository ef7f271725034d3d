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
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(random);
        // Written in place (generators call this for every element); the draws are the same, in the same order.
        return string.Create(prefix.Length + 11, (prefix, random), static (chars, state) =>
        {
            state.prefix.CopyTo(chars);
            chars[state.prefix.Length] = '-';
            foreach (ref var c in chars[(state.prefix.Length + 1)..]) c = Alphabet[state.random.Next(Alphabet.Length)];
        });
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
