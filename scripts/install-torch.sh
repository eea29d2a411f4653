#!/bin/sh
# Install PyTorch before anything that depends on it, so pip never resolves the
# default (CUDA) build on a machine without a GPU.
#   - torch already importable: keep it.
#   - NVIDIA GPU present: the registry's default build (it bundles CUDA).
#   - otherwise: the CPU-only build 2.13.0+cpu (from a local wheel where the
#     machine provides one, else from PyTorch's CPU index).
set -eu
PY=${PY:-python3}
if "$PY" -c "import torch" 2>/dev/null; then
    exit 0
fi
if command -v nvidia-smi >/dev/null 2>&1 && nvidia-smi >/dev/null 2>&1; then
    exec "$PY" -m pip install --quiet "torch>=2.2"
fi
"$PY" -m pip install --quiet "torch==2.13.0+cpu" 2>/dev/null \
    || "$PY" -m pip install --quiet "torch>=2.2" --index-url https://download.pytorch.org/whl/cpu
