// Starting word lists for a new site; admins edit them at /moderation/settings. Kept mild on
// purpose: a newsroom adds its own list of slurs and local terms.
export const DEFAULT_BANNED_WORDS = [
  'kill yourself: harassment',
  'kys: harassment',
  'buy followers: spam',
  'crypto giveaway: spam',
  'free money: spam',
].join('\n');
export const DEFAULT_SUSPECT_WORDS = ['idiot', 'moron', 'imbecile', 'stupid', 'shut up', 'loser', 'scum'].join('\n');
