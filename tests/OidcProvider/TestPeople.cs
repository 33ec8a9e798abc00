namespace Collab.OidcProvider;

/// <summary>
/// A person the provider can sign in: a pseudonymous, stable subject (never a name), a role and, except for the
/// collaboration manager, the member they belong to. Two registrars of one member differ only by subject.
/// </summary>
public sealed record TestPerson(string Key, string Subject, string Role, string? Member, string Label);

public static class TestPeople
{
    public static readonly IReadOnlyList<TestPerson> All =
    [
        new("manager", "b6f1c2d4-5e8a-4c1f-9d3b-0a7e6f512c01", "collaboration-manager", null, "Collaboration manager"),
        new("head-ocw", "0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f02", "department-head", "ocw", "Department head of OCW"),
        new("registrar-ocw", "7a3c5e9b-1d2f-4a6b-8c0d-e4f5a6b7c803", "registrar", "ocw", "Registrar of OCW"),
        new("registrar-ocw-2", "e2d4f6a8-3b5c-4d7e-9f1a-2c4e6a8b0d04", "registrar", "ocw", "Another registrar of OCW"),
    ];

    public static TestPerson? Find(string? key) => All.FirstOrDefault(p => p.Key == key);

    public static TestPerson? BySubject(string? subject) => All.FirstOrDefault(p => p.Subject == subject);
}
