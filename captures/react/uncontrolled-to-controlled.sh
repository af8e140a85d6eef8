#!/usr/bin/env bash
# Reproduces browser/cors-no-allow-origin: a cross-origin fetch/XHR to a server that sends no Access-Control-Allow-Origin.
# Needs chromium (Debian: apt-get install chromium); prints the page console as headless Chromium logs it.
set -u
work=$(mktemp -d)
pids=""
trap 'kill $pids 2>/dev/null; rm -rf "$work"' EXIT
cd "$work"
serve() { # port dir: plain HTTP static server on 127.0.0.1
  (cd "$2" && exec python3 -m http.server "$1" --bind 127.0.0.1 >/dev/null 2>&1) &
  pids="$pids $!"
}
console() { # url [extra chromium flags]: run the page, print its console lines
  local url=$1; shift
  sleep 1
  timeout 40 chromium --headless=new --no-sandbox --disable-gpu --enable-logging=stderr --v=0 \
    --virtual-time-budget=4000 --user-data-dir="$work/profile" "$@" --dump-dom "$url" 2>&1 >/dev/null |
    grep -E ":CONSOLE|net::|ERROR:.*(cert|ssl)" | grep -v "dbus"
}
mkdir -p site api
JS_DIR=${JS_DIR:-/tmp/jsenv}   # npm i react@18 react-dom@18 there
cp "$JS_DIR/node_modules/react/umd/react.development.js" "$JS_DIR/node_modules/react-dom/umd/react-dom.development.js" site/
cat > site/index.html <<'HTML'
<!doctype html><html><head>
<script src="/react.development.js"></script><script src="/react-dom.development.js"></script>
</head><body><div id="root"></div><script>
const h = React.createElement;
function Profile() {
  const [user, setUser] = React.useState({});
  React.useEffect(() => { setTimeout(() => setUser({ name: "Ada" }), 50); }, []);
  return h("input", { value: user.name, onChange: () => {} });
}
ReactDOM.createRoot(document.getElementById("root")).render(h(Profile));
</script></body></html>
HTML
serve 18691 site
console http://127.0.0.1:18691/index.html
exit 0
