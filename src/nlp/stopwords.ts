/**
 * Function words that carry no claim content. Negation words ("not", "no", "never") are deliberately
 * absent: they are cues, handled by the negation scope, and must not be thrown away.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again all also am an and any are aren as at be because been before being below
  between both but by can could did do does doing down during each few for from further had has have
  having he her here hers herself him himself his how i if in into is it its itself just let me more most
  my myself of off on once only or other our ours ourselves out over own same she should so some such than
  that the their theirs them themselves then there these they this those through to too under until up
  upon very was we were what when where which while who whom why will with would you your yours yourself
  yourselves may might must shall s t d ll m o re ve y via per among amid within onto toward towards
  said says say told tell according reportedly also however even still yet ever already just
  mr mrs ms one non nearly approximately around almost roughly least estimated`
    .split(/\s+/)
    .filter(Boolean),
);
