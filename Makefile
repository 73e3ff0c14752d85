# wirecoder: `make demo` and `make test` do all set-up on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev

.PHONY: demo test install install-dev lint bench calibrate train clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e .
	touch $@

$(DEVSTAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $@

install: $(STAMP)

install-dev: $(DEVSTAMP)

demo: $(STAMP)
	$(BIN)/wirecoder demo

test: $(DEVSTAMP)
	$(BIN)/python -m pytest

lint: $(DEVSTAMP)
	$(BIN)/ruff check wirecoder tests benchmarks
	$(BIN)/mypy wirecoder

# Refit the learned trigger model from training/events/*.jsonl (about 20 s on 2 cores).
train: $(STAMP)
	$(BIN)/python tools/train_trigger_model.py

calibrate: $(DEVSTAMP)
	$(BIN)/python benchmarks/calibrate.py --write

bench: $(STAMP)
	$(BIN)/python benchmarks/accuracy.py

clean:
	rm -rf $(VENV) build *.egg-info
