// The demo mini program. Its pages arrive with the demo issue; this shell keeps DevTools able to open the project.
App({});
