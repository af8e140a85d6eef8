#!/usr/bin/env bash
# Reproduces react/too-many-re-renders: a state update during render (onClick={setX(1)}).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/react.sh"
requires node
react_node_sandbox
cat > counter.js <<'JS'
const React = require("react"), { renderToString } = require("react-dom/server");
const h = React.createElement;
function Counter() {
  const [count, setCount] = React.useState(0);
  return h("button", { onClick: setCount(count + 1) }, count);
}
renderToString(h(Counter));
JS
node counter.js
exit 0
