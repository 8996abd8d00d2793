# Every target sets up the virtual environment first, so a fresh clone needs only Python 3.11.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: generate check lint test clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	# A path entry for generated/, so that mypy and other tools that do not run the
	# editable-install import hook find the generated packages too.
	$(BIN)/python -c "import pathlib, sysconfig; pathlib.Path(sysconfig.get_paths()['purelib'], 'generated-packages.pth').write_text(str(pathlib.Path('generated').resolve()) + '\n')"
	touch $(STAMP)

generate: $(STAMP)
	$(BIN)/python -m generator generate

# make reports any failed recipe as status 2, but a pre-commit hook or CI step wants the
# check's own status: 1 when generated/ is out of date.  So `make check` runs the check
# while the Makefile is read, and an out-of-date result turns on question mode (-q), in
# which make exits 1.
ifeq ($(MAKECMDGOALS),check)
CHECK_STATUS := $(shell $(MAKE) --no-print-directory --silent $(STAMP) >&2; \
	$(BIN)/python -m generator check >&2; echo $$?)
ifeq ($(CHECK_STATUS),1)
MAKEFLAGS += -q
endif
endif

check: $(STAMP)
	@test "$(CHECK_STATUS)" = 0

lint: $(STAMP)
	$(BIN)/ruff check generator generated tests $(wildcard benchmarks)
	$(BIN)/mypy --strict generator generated

test: lint
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) build *.egg-info
