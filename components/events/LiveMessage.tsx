/** A polite live region: screen readers say its text when it changes, without moving focus. */
export function LiveMessage({ message, visible = false }: { message: string; visible?: boolean }) {
  return (
    <p role="status" aria-live="polite" className={visible ? 'events-muted' : 'visually-hidden'}>
      {message}
    </p>
  );
}
