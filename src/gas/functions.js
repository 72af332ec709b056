// Top-level functions Apps Script calls by name (menu items, google.script.run). Each hands over to the bundle.
/* global PlanRag */
function onOpen(e) {
  return PlanRag.onOpen(e);
}
function onInstall(e) {
  return PlanRag.onInstall(e);
}
function showSidebar() {
  return PlanRag.showSidebar();
}
function menuApply() {
  return PlanRag.menuApply();
}
function menuClear() {
  return PlanRag.menuClear();
}
function menuBoard() {
  return PlanRag.menuBoard();
}
function menuSelfCheck() {
  return PlanRag.menuSelfCheck();
}
function menuRemoveRecords() {
  return PlanRag.menuRemoveRecords();
}
function getReport(asOf, brag) {
  return PlanRag.getReport(asOf, brag);
}
function applyRag(asOf) {
  return PlanRag.applyRag(typeof asOf === 'string' ? asOf : undefined);
}
function clearRag() {
  return PlanRag.clearRag();
}
function prepareForBoard(asOf) {
  return PlanRag.prepareForBoard(typeof asOf === 'string' ? asOf : undefined);
}
function removeRecords() {
  return PlanRag.removeRecords();
}
function selectRow(sheet, row) {
  return PlanRag.selectRow(sheet, row);
}
