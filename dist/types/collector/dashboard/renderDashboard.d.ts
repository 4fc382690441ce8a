import type { DashboardQuery } from '../store/store.js';
import type { DashboardFigures } from './summarize.js';
/** The Content-Security-Policy the dashboard is served with: no script at all, styles from /dashboard.css. */
export declare const DASHBOARD_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
/**
 * The dashboard page as one HTML string. Everything that came from an event is escaped; the page
 * has no script, so the CSP can forbid all of it.
 */
export declare function renderDashboard(f: DashboardFigures, q: DashboardQuery, note?: string): string;
