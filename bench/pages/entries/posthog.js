// PostHog as a site that wants surveys only would load it: the slim core plus the surveys extension
// (the smallest PostHog that renders surveys; surveys.js itself is fetched lazily from api_host/static/).
import posthog from 'posthog-js/dist/module.slim';
import { SurveysExtensions } from 'posthog-js/dist/extension-bundles';

posthog.init('phc_bench', {
  api_host: location.origin,
  __extensionClasses: SurveysExtensions,
  autocapture: false,
  capture_pageview: false,
  capture_pageleave: false,
  disable_session_recording: true,
  persistence: 'localStorage',
  // PostHog drops events from automated browsers (navigator.webdriver) as bots; a visitor's browser is not one.
  opt_out_useragent_filter: true,
});
window.posthog = posthog;
