using System.Reflection;
using Microsoft.AspNetCore.Components.RenderTree;

namespace SalesOps.Tests.Web.Widgets;

/// <summary>How many render tree frames a rendered component holds (what its per-viewer buffers are sized by).</summary>
internal static class Frames
{
    // The renderer keeps this to itself (protected); a test reads it to guard what one viewer costs (#20).
    private static readonly MethodInfo Current = typeof(Renderer).GetMethod("GetCurrentRenderTreeFrames", BindingFlags.Instance | BindingFlags.NonPublic)!;

#pragma warning disable BL0006 // Blazor's own frame type: counted, never built.
    public static int Of(Renderer renderer, int componentId) => ((ArrayRange<RenderTreeFrame>)Current.Invoke(renderer, [componentId])!).Count;
#pragma warning restore BL0006
}
