/**
 * The discrepancy taxonomy: a small, fixed vocabulary for the ways news reports
 * drift from the record or from each other. Descriptions are written for
 * educators, so they can be read out in class as they stand.
 */
export const DISCREPANCY_TYPES = [
  {
    id: 'wrong-date',
    label: 'Wrong date',
    description: 'A day, month or year is stated that does not match the record.',
  },
  {
    id: 'relative-date',
    label: 'Undated relative time',
    description: 'Words like "yesterday" or "last month" in an article that carries no date, so readers cannot tell when things happened.',
  },
  {
    id: 'wrong-title',
    label: 'Wrong or loosened title',
    description: 'A person is given a title or role they do not hold, or a vaguer one that changes how they come across.',
  },
  {
    id: 'quote-drift',
    label: 'Quote drift',
    description: 'Outlets put different words inside quotation marks for the same remark, so at most one of them can be exact.',
  },
  {
    id: 'paraphrase-as-quote',
    label: 'Paraphrase presented as a quote',
    description: 'Reworded text sits inside quotation marks although the original wording is known and differs.',
  },
  {
    id: 'quote-trimmed',
    label: 'Quote cut without marking',
    description: 'Words are dropped from inside a quotation without an ellipsis, so the cut is invisible to the reader.',
  },
  {
    id: 'misattribution',
    label: 'Misattribution',
    description: 'Words or actions are credited to the wrong person or body.',
  },
  {
    id: 'role-reversal',
    label: 'Role reversal',
    description: 'Who asked and who answered, or who proposed and who agreed, is swapped.',
  },
  {
    id: 'mischaracterised-reaction',
    label: 'Mischaracterised reaction',
    description: 'Someone’s response is described as the opposite of, or very different from, what they said.',
  },
  {
    id: 'mischaracterised-content',
    label: 'Mischaracterised content',
    description: 'What a document, proposal or conversation contains is described in a way the record does not support.',
  },
  {
    id: 'number-framing',
    label: 'Number framing',
    description: 'A figure is turned into a fraction, trend or comparison that changes its weight, instead of the number itself.',
  },
  {
    id: 'wrong-number',
    label: 'Wrong number',
    description: 'A count, size or amount does not match the record.',
  },
  {
    id: 'hedging',
    label: 'Certainty shift',
    description:
      'A claim is stated with more (or less) certainty than the original reporting allows, for example "directly influenced" where the source said it could not confirm.',
  },
  {
    id: 'single-source-claim',
    label: 'Single-source claim',
    description: 'Only one outlet makes the claim, it names no source for it, and the outside record does not confirm it.',
  },
  {
    id: 'vague-attribution',
    label: 'Vague attribution',
    description: 'A claim leans on "reports indicate" or similar without saying whose reports.',
  },
  {
    id: 'spelling-variant',
    label: 'Spelling variant',
    description: 'The same name is spelled in different ways; harmless in itself but it splits searches and can look like two people.',
  },
  {
    id: 'omission',
    label: 'Omission of key context',
    description: 'A detail that changes how the story reads is left out.',
  },
  {
    id: 'misleading-headline',
    label: 'Misleading headline',
    description: 'The headline suggests something the story itself does not support.',
  },
] as const;

export type DiscrepancyTypeId = (typeof DISCREPANCY_TYPES)[number]['id'];

export const DISCREPANCY_TYPE_IDS = DISCREPANCY_TYPES.map((t) => t.id) as [DiscrepancyTypeId, ...DiscrepancyTypeId[]];
