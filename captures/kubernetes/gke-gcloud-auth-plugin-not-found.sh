#!/usr/bin/env bash
# kubectl with a GKE kubeconfig (as `gcloud container clusters get-credentials` writes it since
# kubectl 1.26) on a machine where gke-gcloud-auth-plugin is not installed. Only the client runs:
# the exec credential plugin fails before any request is sent.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires kubectl
enter_work_dir
exec 2>&1
export HOME="$work"
cat > kubeconfig <<'CFG'
apiVersion: v1
kind: Config
clusters:
- cluster: {server: "https://127.0.0.1:1"}
  name: gke_acme-prod_europe-west1_prod
contexts:
- context: {cluster: gke_acme-prod_europe-west1_prod, user: gke_acme-prod_europe-west1_prod}
  name: gke_acme-prod_europe-west1_prod
current-context: gke_acme-prod_europe-west1_prod
users:
- name: gke_acme-prod_europe-west1_prod
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: gke-gcloud-auth-plugin
      installHint: Install gke-gcloud-auth-plugin for use with kubectl by following
        https://cloud.google.com/kubernetes-engine/docs/how-to/cluster-access-for-kubectl#install_plugin
      provideClusterInfo: true
CFG
export KUBECONFIG="$work/kubeconfig"
# kubectl alone on PATH, so the plugin (which the Google Cloud SDK may ship) is not found.
mkdir bin && ln -s "$(command -v kubectl)" bin/kubectl
kubectl_path=$PATH
export PATH="$work/bin"
echo "\$ kubectl get pods"; kubectl get pods
echo "\$ kubectl get nodes --request-timeout=5s"; kubectl get nodes --request-timeout=5s
export PATH="$kubectl_path"
# The kubeconfig older gcloud releases wrote: the in-tree gcp auth provider, removed in 1.26.
cat > legacy-kubeconfig <<'CFG'
apiVersion: v1
kind: Config
clusters:
- cluster: {server: "https://127.0.0.1:1"}
  name: gke_acme-prod_europe-west1_prod
contexts:
- context: {cluster: gke_acme-prod_europe-west1_prod, user: gke_acme-prod_europe-west1_prod}
  name: gke_acme-prod_europe-west1_prod
current-context: gke_acme-prod_europe-west1_prod
users:
- name: gke_acme-prod_europe-west1_prod
  user:
    auth-provider:
      name: gcp
      config: {cmd-path: /usr/lib/google-cloud-sdk/bin/gcloud, cmd-args: config config-helper --format=json}
CFG
echo '$ KUBECONFIG=legacy-kubeconfig kubectl get pods'; KUBECONFIG=legacy-kubeconfig kubectl get pods
