using System.Security.Cryptography;
using System.Text;

namespace SalesOps.Web.Access;

/// <summary>Tokens and one-time links: random, shown once, kept only as a SHA-256 hash.</summary>
public static class Secrets
{
    private const string Alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>A new secret with a readable prefix ("sot_" for tokens, so a leaked one is recognisable in logs and scanners).</summary>
    public static string New(string prefix) => prefix + RandomNumberGenerator.GetString(Alphabet, 40);

    public static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret ?? "")));
}
