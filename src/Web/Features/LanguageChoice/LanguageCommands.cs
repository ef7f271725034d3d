using Mediator;
using Microsoft.Extensions.Localization;
using SalesOps.Graph.Access;
using SalesOps.Graph.Model;
using SalesOps.Web.Access;

namespace SalesOps.Web.Features.LanguageChoice;

/// <summary>Keeps the language a person chose with their user, so their next browser opens in it too.</summary>
public sealed record ChooseLanguage(string Language) : ICommand<bool>, IDoor
{
    public Need Need => Need.Person;
}

public sealed class LanguageHandlers(IAccessStore store, AccessDirectory directory, CurrentUser current, IStringLocalizer<Text> text) : ICommandHandler<ChooseLanguage, bool>
{
    public async ValueTask<bool> Handle(ChooseLanguage c, CancellationToken ct)
    {
        if (!Languages.Supported.Contains(c.Language))
            throw GraphException.Invalid(text["Error.Language.Unknown", c.Language, string.Join(", ", Languages.Supported)], "language");
        var id = (await current.GetAsync()).UserId ?? throw GraphException.SignInRequired(text["Error.SignInFirst"]);
        if (await store.UserAsync(id, ct) is not { } user) return false;
        if (user.Language == c.Language) return true;
        await store.SaveUserAsync(user with { Language = c.Language }, ct);
        // Other instances keep the old choice until their cache lets the user go; the cookie set with it speaks first anyway.
        directory.Forget(id);
        return true;
    }
}
