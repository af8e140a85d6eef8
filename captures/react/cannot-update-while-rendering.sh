#!/usr/bin/env bash
# Reproduces react/cannot-update-while-rendering: a component that sets another component's state during its own render.
# Needs chromium (Debian: apt-get install chromium); prints the page console as headless Chromium logs it.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/react.sh"
requires python3 chromium
react_browser_sandbox
react_page <<'JS'
function Counter({ onRender }) { onRender(); return h("span", null, "count"); }
function Dashboard() {
  const [renders, setRenders] = React.useState(0);
  return h("div", null, h(Counter, { onRender: () => renders < 1 && setRenders(renders + 1) }));
}
ReactDOM.createRoot(document.getElementById("root")).render(h(Dashboard));
JS
serve 18690 site
console http://127.0.0.1:18690/index.html
exit 0
