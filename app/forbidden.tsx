import Link from 'next/link';

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-xl py-16">
      <h1 className="font-serif text-4xl font-bold">You don’t have access to this page</h1>
      <p className="mt-4 text-lg">
        This page is for moderators and admins. If you think you should have access, ask an admin.
      </p>
      <p className="mt-6">
        <Link href="/" className="underline">
          Back to the front page
        </Link>
      </p>
    </div>
  );
}
