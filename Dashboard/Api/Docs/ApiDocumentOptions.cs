using System.ComponentModel.DataAnnotations;

namespace Collab.Dashboard.Api.Docs;

/// <summary>Who answers questions about the API (section <c>Api:Contact</c>): the NL GOV rules ask every document to say so.</summary>
public sealed class ApiDocumentOptions
{
    public const string Section = "Api:Contact";

    [Required]
    public string Name { get; set; } = "Samenwerking informatiebeheer OCW, EZK en LNV";

    [Required, Url]
    public string Url { get; set; } = "https://github.com/samenwerkingsdashboard";

    [Required, EmailAddress]
    public string Email { get; set; } = "samenwerkingsdashboard@example.org";
}
