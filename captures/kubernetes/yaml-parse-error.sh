#!/usr/bin/env bash
# kubectl reading manifests that are not valid YAML: a mis-indented key and a tab in the
# indentation. Client-side only (--dry-run=client, no kubeconfig): parsing fails first.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires kubectl
enter_work_dir
exec 2>&1
export HOME="$work" KUBECONFIG=/dev/null
cat > deployment.yaml <<'YML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
   selector:
    matchLabels: {app: web}
YML
printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-config\ndata:\n  LOG_LEVEL: info\n\tCACHE_TTL: "60"\n' > configmap.yaml
mkdir k8s && cp deployment.yaml k8s/
echo '$ kubectl apply -f deployment.yaml --dry-run=client'; kubectl apply -f deployment.yaml --dry-run=client
echo '$ kubectl apply -f configmap.yaml --dry-run=client'; kubectl apply -f configmap.yaml --dry-run=client
echo '$ kubectl apply -f k8s/ --dry-run=client'; kubectl apply -f k8s/ --dry-run=client
