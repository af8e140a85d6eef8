#!/usr/bin/env bash
# A kubeconfig copied from another machine (minikube/kind/kubeadm) that points at certificate
# and key files by path; the files do not exist here. kubectl fails while loading the config.
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
- cluster: {server: "https://192.168.49.2:8443", certificate-authority: /home/dev/.minikube/ca.crt}
  name: minikube
contexts:
- context: {cluster: minikube, user: minikube}
  name: minikube
current-context: minikube
users:
- name: minikube
  user: {client-certificate: /home/dev/.minikube/profiles/minikube/client.crt, client-key: /home/dev/.minikube/profiles/minikube/client.key}
CFG
echo '$ kubectl get pods'; kubectl get pods
sed -i 's|client-certificate: [^,]*, client-key: [^}]*|token: abc|' kubeconfig
echo '$ kubectl cluster-info'; kubectl cluster-info
