#!/usr/bin/env bash
# Reproduces react/key-prop-warning: list children rendered without a key (development build).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/react.sh"
requires node
react_node_sandbox
cat > list.js <<'JS'
const React = require("react"), { renderToString } = require("react-dom/server");
const h = React.createElement;
function TodoList({ items }) { return h("ul", null, items.map(t => h("li", null, t))); }
function App() { return h("main", null, h(TodoList, { items: ["a", "b"] })); }
renderToString(h(App));
JS
node list.js
exit 0
