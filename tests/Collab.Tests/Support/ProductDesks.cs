using Collab.Dashboard.Audit;
using Collab.Dashboard.Desk;
using Collab.Dashboard.Import;
using Collab.Dashboard.Live;
using StackExchange.Redis;

namespace Collab.Tests.Support;

/// <summary>The server-side entry points the pages call, wired to a running product's cluster and store as the dashboard wires them.</summary>
public sealed class ProductDesks(IClusterClient client, IConnectionMultiplexer store)
{
    public PageAudit Audit { get; } = new(new AuditTrail(store), TimeProvider.System);

    public RegistrationDesk Registrations => new(client, Audit);

    public OnboardingDesk Onboarding => new(client, Audit);

    public ImportRunner Import => new(client, new CollaborationReader(client), Registrations, Audit, TimeProvider.System);
}
