#!/usr/bin/env bash
# kubectl -f with a file or directory that is not there (wrong working directory, typo).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires kubectl
enter_work_dir
exec 2>&1
export HOME="$work" KUBECONFIG=/dev/null
echo '$ kubectl apply -f deploy/k8s/deployment.yaml'; kubectl apply -f deploy/k8s/deployment.yaml
echo '$ kubectl delete -f manifests/'; kubectl delete -f manifests/
echo '$ kubectl apply -k overlays/prod'; kubectl apply -k overlays/prod
