using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace IopCurriculum.Persistence;

/// <summary>
/// The last guard on signed clinical records: whatever the code above does, a signed progress note is
/// not changed (bar its co-signature) or deleted, addenda and SUD counseling notes are never changed or
/// deleted, a consent's terms never change (it is revoked once), and the accounting of disclosures is
/// never rewritten. The services refuse first, with reasons; this catches a mistake.
/// </summary>
internal static class SignedRecords
{
    private static readonly string[] CoSignature = [nameof(ProgressNoteRecord.CoSignedBy), nameof(ProgressNoteRecord.CoSignedUtc)];

    public static void RefuseChanges(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries<ProgressNoteRecord>())
        {
            if (entry.State is not (EntityState.Modified or EntityState.Deleted)) continue;
            if (entry.OriginalValues.GetValue<DateTime?>(nameof(ProgressNoteRecord.SignedUtc)) is null) continue;
            var changed = entry.Properties.Where(p => p.IsModified && !CoSignature.Contains(p.Metadata.Name)).Select(p => p.Metadata.Name).ToList();
            if (entry.State == EntityState.Deleted || changed.Count > 0)
                throw new InvalidOperationException($"progress note {entry.Entity.Id} is signed and locked ({(entry.State == EntityState.Deleted ? "deleted" : string.Join(", ", changed))})");
        }
        Immutable<NoteAddendumRecord>(tracker, "addendum");
        Immutable<CounselingNoteRecord>(tracker, "SUD counseling note");
        RefuseConsentChanges(tracker);
        Immutable<ConsentFormRecord>(tracker, "consent form");
        Immutable<DisclosureRecord>(tracker, "disclosure in the accounting of disclosures");
    }

    private static readonly string[] Revocation =
        [nameof(ConsentRecord.RevokedUtc), nameof(ConsentRecord.RevokedOn), nameof(ConsentRecord.RevokedBy), nameof(ConsentRecord.RevocationNote)];

    /// <summary>A consent's terms never change, and it is revoked once: revocation fields are set only while empty.</summary>
    private static void RefuseConsentChanges(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries<ConsentRecord>())
        {
            if (entry.State == EntityState.Deleted) throw new InvalidOperationException($"consent {entry.Entity.Id} is kept for the record and cannot be deleted");
            if (entry.State != EntityState.Modified) continue;
            var changed = entry.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name).ToList();
            if (changed.Any(c => !Revocation.Contains(c)) || entry.OriginalValues.GetValue<DateTime?>(nameof(ConsentRecord.RevokedUtc)) is not null)
                throw new InvalidOperationException($"consent {entry.Entity.Id}'s terms are locked once recorded ({string.Join(", ", changed)})");
        }
    }

    private static void Immutable<T>(ChangeTracker tracker, string what) where T : class
    {
        if (tracker.Entries<T>().FirstOrDefault(e => e.State is EntityState.Modified or EntityState.Deleted) is { } entry)
            throw new InvalidOperationException($"a {what} is locked once written ({entry.State})");
    }
}
