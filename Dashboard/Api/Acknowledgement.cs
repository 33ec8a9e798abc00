namespace Collab.Dashboard.Api;

/// <summary>The answer to a write that was taken: <c>accepted</c>, or <c>duplicate</c> for the same registration sent again.</summary>
public sealed record Acknowledgement(string Status)
{
    public static readonly Acknowledgement Accepted = new("accepted");
    public static readonly Acknowledgement Duplicate = new("duplicate");
}
