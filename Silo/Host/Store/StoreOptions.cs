using System.ComponentModel.DataAnnotations;

namespace Collab.Silo.Store;

/// <summary>Section <c>Store</c> as the AppHost hands it to each silo: which store mode runs, shown on the cluster status.</summary>
public sealed class StoreOptions
{
    public const string Section = "Store";

    [AllowedValues("embedded", "server", "container", "external",
        ErrorMessage = "Store:Mode must be one of embedded, server, container or external.")]
    public string Mode { get; set; } = "embedded";
}
