// A plain HTML form to the RFC 8058 endpoint: works without JavaScript and is the same request
// a mail client's one-click button makes.
export function UnsubscribeButton({ token, label = 'Unsubscribe' }: { token: string; label?: string }) {
  return (
    <form method="post" action={`/newsletter/unsubscribe?token=${encodeURIComponent(token)}`}>
      <input type="hidden" name="List-Unsubscribe" value="One-Click" />
      <button
        type="submit"
        className="rounded border border-red-700 px-4 py-2 font-semibold text-red-700 dark:border-red-400 dark:text-red-400"
      >
        {label}
      </button>
    </form>
  );
}
