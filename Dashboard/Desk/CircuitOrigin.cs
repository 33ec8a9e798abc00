using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Collab.Dashboard.Desk;

/// <summary>Where a live page's actions come from (address and browser), for the audit trail; taken when the connection opens.</summary>
public sealed class CircuitOrigin
{
    public string Value { get; set; } = "page";
}

/// <summary>Fills <see cref="CircuitOrigin"/> from the live connection's request.</summary>
public sealed class CircuitOriginHandler(CircuitOrigin origin, IHttpContextAccessor accessor) : CircuitHandler
{
    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (accessor.HttpContext is { } http)
        {
            origin.Value = Audit.AuditMiddleware.OriginOf(http);
        }

        return Task.CompletedTask;
    }
}
