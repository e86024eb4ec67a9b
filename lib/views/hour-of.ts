/** Views are counted per article per UTC hour. */
export function hourOf(date: Date): Date {
  const d = new Date(date);
  d.setUTCMinutes(0, 0, 0);
  return d;
}
