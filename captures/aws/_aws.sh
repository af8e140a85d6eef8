# Shared by the aws capture scripts: an isolated HOME (no ~/.aws) and an `aws` command, from
# PATH or, when absent, from a throwaway virtualenv with awscli v1 from PyPI.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work" AWS_EC2_METADATA_DISABLED=true AWS_PAGER=""
unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN AWS_PROFILE AWS_DEFAULT_PROFILE
aws_bin=$(command -v aws || true)
if [ -z "$aws_bin" ]; then
  python3 -m venv "$work/venv" && "$work/venv/bin/pip" install -q awscli >/dev/null 2>&1
  aws_bin="$work/venv/bin/aws"
fi
