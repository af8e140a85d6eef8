#!/usr/bin/env bash
# Reproduces react/uncontrolled-to-controlled: an input whose value starts undefined and later becomes defined.
# Needs chromium (Debian: apt-get install chromium); prints the page console as headless Chromium logs it.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/react.sh"
requires python3 chromium
react_browser_sandbox
react_page <<'JS'
function Profile() {
  const [user, setUser] = React.useState({});
  React.useEffect(() => { setTimeout(() => setUser({ name: "Ada" }), 50); }, []);
  return h("input", { value: user.name, onChange: () => {} });
}
ReactDOM.createRoot(document.getElementById("root")).render(h(Profile));
JS
serve 18691 site
console http://127.0.0.1:18691/index.html
exit 0
