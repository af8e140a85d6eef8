#!/usr/bin/env bash
# Reproduces react/invalid-hook-call: a hook called outside a function component body.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# react@18 and react-dom@18 from $JS_DIR (npm i react@18 react-dom@18 in /tmp/jsenv).
export NODE_PATH=${JS_DIR:-/tmp/jsenv}/node_modules NODE_ENV=development

cat > hooks.js <<'JS'
const React = require("react");
function useCurrentUser() { const [user] = React.useState(null); return user; }
// Called from a plain function, not from a component render.
function loadUser() { return useCurrentUser(); }
loadUser();
JS
node hooks.js
exit 0
