#!/usr/bin/env bash
# A kubeconfig written by an old `aws eks update-kubeconfig` (exec credential plugin API
# client.authentication.k8s.io/v1alpha1), read by kubectl 1.24+, which dropped v1alpha1.
# Client-side only: kubectl rejects the config before contacting any server.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires kubectl
enter_work_dir
exec 2>&1
export HOME="$work" KUBECONFIG="$work/kubeconfig"
cat > kubeconfig <<'CFG'
apiVersion: v1
kind: Config
clusters:
- cluster: {server: "https://127.0.0.1:1"}
  name: arn:aws:eks:eu-west-1:123456789012:cluster/prod
contexts:
- context: {cluster: "arn:aws:eks:eu-west-1:123456789012:cluster/prod", user: "arn:aws:eks:eu-west-1:123456789012:cluster/prod"}
  name: arn:aws:eks:eu-west-1:123456789012:cluster/prod
current-context: arn:aws:eks:eu-west-1:123456789012:cluster/prod
users:
- name: arn:aws:eks:eu-west-1:123456789012:cluster/prod
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1alpha1
      command: aws
      args: [--region, eu-west-1, eks, get-token, --cluster-name, prod]
CFG
echo '$ kubectl get pods'; kubectl get pods
echo '$ kubectl get nodes -o wide'; kubectl get nodes -o wide
