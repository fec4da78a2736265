export default defineBackground(() => {
  // Filled by later issues: badge counts, context menu, viewer routing.
});
