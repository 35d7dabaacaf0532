/**
 * Byte limits of the data format: the widget's loading refuses a larger file, and the
 * data tools (src/authoring) warn about one before it is published.
 */
export const INDEX_LIMIT = 2 * 1024 * 1024;
export const GEMEENTE_LIMIT = 1024 * 1024;
