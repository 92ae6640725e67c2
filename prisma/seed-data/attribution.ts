export const SEED_ARTICLE = {
  file: "cancer-metastasis-review.txt",
  sourceKey: "seed:cancer-metastasis-review",
  topicLabel: "mechanism",
  license: "CC BY 4.0",
  attribution:
    'Schneider L. "Cancer Metastasis: Mechanisms, Challenges, Therapies." J Cancer Sci Ther 17 (2025):705. ' +
    "Open access under the Creative Commons Attribution License; text as extracted from the published PDF.",
};
