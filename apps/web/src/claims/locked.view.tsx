/** Why a published claim's controls are gone or disabled, and what opens them again. */
export function LockedNote({ id, what, canReopen }: { id: string; what: string; canReopen: boolean }) {
  return (
    <p class="locked" id={id} data-testid="locked-note">
      <span class="lock-label">Locked:</span> The claim is published: its {what} stay as they are until a reviewer reopens it
      {canReopen ? ' (Reopen, under Review workflow)' : ''}.
    </p>
  );
}
