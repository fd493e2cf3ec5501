namespace IopCurriculum.Web.Security;

/// <summary>What the first administrator's setup link can still do.</summary>
public enum SetupLinkState
{
    /// <summary>The link is the one printed, not yet used or expired, and no administrator exists.</summary>
    Usable,

    /// <summary>No link with this token was printed: mistyped, cut short, or from before a restart.</summary>
    Unknown,

    /// <summary>The link was printed more than an hour ago.</summary>
    Expired,

    /// <summary>The link has made an administrator already.</summary>
    Used,

    /// <summary>An active administrator exists, so no setup link is needed.</summary>
    AdministratorExists,
}
