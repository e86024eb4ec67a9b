// Frequency and the optional sections/topics, shared by the sign-up and preferences forms.
export type Choice = { slug: string; name: string };
export type InterestFieldsProps = {
  idPrefix: string;
  sections: Choice[];
  topics?: Choice[];
  defaults?: { frequency: string; sections: string[]; topics: string[] };
};

const box = 'h-4 w-4 accent-[var(--color-brand)]';

export function InterestFields({ idPrefix, sections, topics = [], defaults }: InterestFieldsProps) {
  const frequency = defaults?.frequency ?? 'daily';
  return (
    <>
      <fieldset>
        <legend className="font-semibold">How often</legend>
        <div className="mt-1 flex gap-6">
          {(['daily', 'weekly'] as const).map((f) => (
            <label key={f} className="flex items-center gap-2">
              <input type="radio" name="frequency" value={f} defaultChecked={frequency === f} className={box} />
              {f === 'daily' ? 'Daily' : 'Weekly'}
            </label>
          ))}
        </div>
      </fieldset>
      {sections.length > 0 && (
        <fieldset>
          <legend className="font-semibold">Sections (optional)</legend>
          <p id={`${idPrefix}-sections-hint`} className="text-sm text-neutral-600 dark:text-neutral-400">
            Choose none for our top stories.
          </p>
          <div className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
            {sections.map((s) => (
              <label key={s.slug} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  name="sections"
                  value={s.slug}
                  defaultChecked={defaults?.sections.includes(s.slug)}
                  className={box}
                />
                {s.name}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {topics.length > 0 && (
        <fieldset>
          <legend className="font-semibold">Topics (optional)</legend>
          <div className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
            {topics.map((t) => (
              <label key={t.slug} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  name="topics"
                  value={t.slug}
                  defaultChecked={defaults?.topics.includes(t.slug)}
                  className={box}
                />
                {t.name}
              </label>
            ))}
          </div>
        </fieldset>
      )}
    </>
  );
}
