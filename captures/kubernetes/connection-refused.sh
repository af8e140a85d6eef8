#!/usr/bin/env bash
# kubectl with no kubeconfig (falls back to localhost:8080) and with a kubeconfig whose API
# server address has nothing listening (a stopped kind/minikube cluster).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires kubectl
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work"
unset KUBECONFIG
echo '$ kubectl get pods'; kubectl get pods
port=$((20000 + RANDOM % 20000))
cat > "$work/kubeconfig" <<CFG
apiVersion: v1
kind: Config
clusters:
- cluster: {server: "https://127.0.0.1:$port", insecure-skip-tls-verify: true}
  name: kind-dev
contexts:
- context: {cluster: kind-dev, user: dev}
  name: kind-dev
current-context: kind-dev
users:
- name: dev
  user: {token: not-used}
CFG
echo '$ kubectl get nodes   # cluster stopped'; KUBECONFIG="$work/kubeconfig" kubectl get nodes
