// Top-level functions Apps Script calls by name (menu items, google.script.run). Each hands over to the bundle.
/* global PlanRag */
function onOpen(e) { return PlanRag.onOpen(e); }
function onInstall(e) { return PlanRag.onInstall(e); }
function applyRag(asOf) { return PlanRag.applyRag(typeof asOf === 'string' ? asOf : undefined); }
function clearRag() { return PlanRag.clearRag(); }
function prepareForBoard(asOf) { return PlanRag.prepareForBoard(typeof asOf === 'string' ? asOf : undefined); }
function showSidebar() { return PlanRag.showSidebar(); }
function getReport(asOf, brag) { return PlanRag.getReport(asOf, brag); }
function selectRow(sheet, row) { return PlanRag.selectRow(sheet, row); }
