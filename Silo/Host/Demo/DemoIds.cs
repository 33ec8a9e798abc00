namespace Collab.Silo.Demo;

/// <summary>Hands out activity ids that are unique per kind and recognisable as demo data.</summary>
internal sealed class DemoIds
{
    private int support;
    private int contact;
    private int procurement;

    public string Support() => $"demo-ss-{++support:D6}";

    public string Contact() => $"demo-kc-{++contact:D6}";

    public string Procurement() => $"demo-pu-{++procurement:D6}";
}
