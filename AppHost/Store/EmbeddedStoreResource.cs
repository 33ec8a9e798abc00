namespace Collab.AppHost.Store;

/// <summary>The embedded Garnet server as an Aspire resource: it runs inside the AppHost process, not under DCP.</summary>
public sealed class EmbeddedStoreResource(string name, EmbeddedGarnet garnet) : Resource(name), IResourceWithConnectionString
{
    public EmbeddedGarnet Garnet { get; } = garnet;

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"{Garnet.ConnectionString}");
}
