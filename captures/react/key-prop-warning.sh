#!/usr/bin/env bash
# Reproduces react/key-prop-warning: list children rendered without a key (development build).
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# react@18 and react-dom@18 from $JS_DIR (npm i react@18 react-dom@18 in /tmp/jsenv).
export NODE_PATH=${JS_DIR:-/tmp/jsenv}/node_modules NODE_ENV=development

cat > list.js <<'JS'
const React = require("react"), { renderToString } = require("react-dom/server");
const h = React.createElement;
function TodoList({ items }) { return h("ul", null, items.map(t => h("li", null, t))); }
function App() { return h("main", null, h(TodoList, { items: ["a", "b"] })); }
renderToString(h(App));
JS
node list.js
exit 0
