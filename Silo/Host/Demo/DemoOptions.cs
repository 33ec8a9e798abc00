namespace Collab.Silo.Demo;

/// <summary>Section <c>Demo</c>: whether a Development silo loads the demo story into an empty store.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Load { get; set; } = true;
}
