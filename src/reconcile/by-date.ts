/** Order of two ISO dates (or null, first): plain code-unit order, much cheaper than localeCompare. */
export const byDate = (a: string | null | undefined, b: string | null | undefined): number => {
  const x = a ?? '', y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
};
