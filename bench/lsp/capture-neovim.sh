#!/usr/bin/env bash
# Captures Neovim showing `triallint lsp` findings on the ALS seed, in tmux, as text (docs/images/lsp-neovim.txt).
#   bench/lsp/capture-neovim.sh [server command as a JSON array]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
cmd="${1:-[\"triallint\",\"lsp\"]}"
session="triallint-capture-$$"
tmux new-session -d -s "$session" -x 150 -y 42 \
  "TRIALLINT_CMD='$cmd' nvim --clean -u bench/lsp/neovim-init.lua +158 seeds/als-phase1-msc.trial.yaml"
sleep "${CAPTURE_WAIT:-8}"
tmux send-keys -t "$session" 'zt' ''
sleep 1
tmux capture-pane -p -t "$session" > docs/images/lsp-neovim.txt
tmux kill-session -t "$session"
echo "wrote docs/images/lsp-neovim.txt"
