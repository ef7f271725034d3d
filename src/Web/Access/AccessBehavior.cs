using Mediator;
using Microsoft.Extensions.Localization;
using SalesOps.Graph.Model;

namespace SalesOps.Web.Access;

/// <summary>
/// Every command and query passes here before its handler: pages, API endpoints and hub methods
/// alike, since they all speak through the mediator. A message that is not an <see cref="IDoor"/>
/// is refused: every door decides who may pass.
/// </summary>
public sealed class AccessBehavior<TMessage, TResponse>(CurrentUser current, AccessDirectory directory, IStringLocalizer<Text> text)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not IDoor door)
            throw new InvalidOperationException($"{typeof(TMessage).Name} says nothing about who may send it: make it an IDoor with a Need.");
        if (await directory.DecideAsync(await current.GetAsync(), door.Need, writes: message is IBaseCommand, cancellationToken) is { } refused)
            throw new GraphException(refused.Error, text[refused.Key, refused.Args]);
        return await next(message, cancellationToken);
    }
}
