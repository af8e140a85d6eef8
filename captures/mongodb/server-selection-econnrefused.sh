#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires npm node python3
# Needs node with the "mongodb" driver and python with "pymongo"; nothing listens on 27017.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null 2>&1 && npm install --silent mongodb@6 >/dev/null 2>&1
node -e '
const { MongoClient } = require("mongodb");
new MongoClient("mongodb://127.0.0.1:27017/app", { serverSelectionTimeoutMS: 1500 })
  .connect().catch((e) => { console.error(String(e.stack).split("\n").slice(0, 3).join("\n")); process.exit(1); });'
python3 -m venv venv && venv/bin/pip install -q pymongo >/dev/null 2>&1
venv/bin/python -c '
import pymongo
pymongo.MongoClient("mongodb://localhost:27017/", serverSelectionTimeoutMS=1000).app.users.insert_one({})' 2>&1 | tail -n 1
