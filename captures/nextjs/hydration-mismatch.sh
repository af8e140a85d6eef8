#!/usr/bin/env bash
# Reproduces nextjs/hydration-mismatch: server HTML that differs from the first client render (text, then invalid nesting).
# Needs chromium (Debian: apt-get install chromium); prints the page console as headless Chromium logs it.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/react.sh"
requires python3 chromium
react_browser_sandbox
react_page '<p>Rendered at 10:00:00 AM</p>' <<'JS'
function Clock() { return h("p", null, "Rendered at " + new Date(0).toLocaleTimeString("en-US", { timeZone: "Asia/Tokyo" })); }
ReactDOM.hydrateRoot(document.getElementById("root"), h(Clock));
JS
serve 18680 site
console http://127.0.0.1:18680/index.html
sed -i "s|<div id=\"root\"><p>|<div id=\"root\"><div>|; s|AM</p></div>|AM</div></div>|" site/index.html
rm -rf "$work/profile"
console http://127.0.0.1:18680/index.html
exit 0
