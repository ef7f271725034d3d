using Microsoft.AspNetCore.Components;

namespace SalesOps.Web.Features.Plan;

/// <summary>Which matrix cell was clicked: its data-cell ("counterpart|person"), or null for a click elsewhere in the table.</summary>
public sealed class CellPickEventArgs : EventArgs
{
    public string? Cell { get; set; }
}

/// <summary>@oncellpick, registered in wwwroot/SalesOps.Web.lib.module.js.</summary>
[EventHandler("oncellpick", typeof(CellPickEventArgs), enableStopPropagation: true, enablePreventDefault: true)]
public static class EventHandlers
{
}
