namespace IopCurriculum.Access;

/// <summary>A page of the access audit, newest first, narrowed by who or what.</summary>
public sealed record AuditQuery(string? Actor = null, string? Action = null, int Limit = 200);
