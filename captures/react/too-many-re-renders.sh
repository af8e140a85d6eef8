#!/usr/bin/env bash
# Reproduces react/too-many-re-renders: a state update during render (onClick={setX(1)}).
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# react@18 and react-dom@18 from $JS_DIR (npm i react@18 react-dom@18 in /tmp/jsenv).
export NODE_PATH=${JS_DIR:-/tmp/jsenv}/node_modules NODE_ENV=development

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
