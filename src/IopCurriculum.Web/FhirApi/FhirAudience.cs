using System.Security.Claims;
using IopCurriculum.Engine;
using IopCurriculum.Fhir.Serving;
using IopCurriculum.Web.Security;

namespace IopCurriculum.Web.FhirApi;

/// <summary>The recipient organization a FHIR request acts for: the one its integrator account is set to act for.</summary>
internal static class FhirAudience
{
    /// <summary>The audience, or null when the account acts for no recipient and so may read no client.</summary>
    public static Audience? Of(ClaimsPrincipal user, IopEngine engine)
    {
        var actor = IopClaims.ActorOf(user);
        return engine.Users.Find(actor)?.RecipientId is { } recipient ? new Audience(actor, recipient) : null;
    }

    public static FhirResult NoRecipient() => FhirResult.Outcome(StatusCodes.Status403Forbidden,
        "this integrator account acts for no recipient organization, so no client has consented to it; an administrator sets the organization it acts for");
}
