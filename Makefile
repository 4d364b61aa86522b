# Every target builds .venv itself from pyproject.toml: nothing needs installing by hand.
# Two stamps in one venv: `demo` and `serve` need only the runtime and the fakehub extra
# ($(RUNTIME)); `test`, `check` and the rest add the codegen extra and the dev tools ($(STAMP)).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
RUNTIME := $(VENV)/.installed-fakehub
STAMP := $(VENV)/.installed
# NO_MKDOCS_2_WARNING: mkdocs-material's banner about its successor, not about this site.
MKDOCS := NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs
# pytest-xdist workers: one per core.
JOBS ?= auto
# The tests' bytecode is kept in the venv, not beside the sources, and written even where the
# environment says not to (PYTHONDONTWRITEBYTECODE): else every pytest worker, and every
# process a test starts, compiles the project again, and pytest rewrites the asserts of the
# test modules and of every pytest plugin's package again (hypothesis, schemathesis, this
# project), on every run: about 10 s of CPU per worker.
PYCACHE := PYTHONDONTWRITEBYTECODE= PYTHONPYCACHEPREFIX=$(abspath $(VENV))/pycache

.PHONY: demo serve test check docs generate bench dist-check clean

# pip >= 25.1 reads PEP 735 dependency groups (`--group dev`). _version.py is the version's
# one source, so the editable install's metadata is refreshed when it changes.
$(RUNTIME): pyproject.toml dockerhub_sdk/_version.py
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade 'pip>=25.1'
	$(PY) -m pip install --quiet -e '.[fakehub]'
	touch $@

$(STAMP): $(RUNTIME)
	$(PY) -m pip install --quiet -e '.[fakehub,codegen]' --group dev --group docs
	touch $@

demo: $(RUNTIME)
	$(PY) examples/demo.py

serve: $(RUNTIME)
	$(VENV)/bin/fakehub serve --host 127.0.0.1 --port 5555 --demo

test: $(STAMP)
	$(PYCACHE) $(PY) -m pytest -n $(JOBS)

check: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy dockerhub_sdk fakehub codegen
	$(PY) -m codegen --check
	site=$$(mktemp -d) && $(MKDOCS) build --strict --quiet --site-dir "$$site"; \
	  status=$$?; rm -rf "$$site"; exit $$status

# The docs site (mkdocs.yml, pages under docs/) into site/.
docs: $(STAMP)
	$(MKDOCS) build --strict

generate: $(STAMP)
	$(PY) -m codegen

bench: $(STAMP)
	$(PY) -m pip install --quiet --group bench
	$(PY) bench/run_all.py

# Build the sdist and the wheel, install the wheel in a clean venv, run tests_downstream/ there.
dist-check: $(STAMP)
	PY=$(PY) PYTHON=$(PYTHON) bash tests_downstream/run.sh

clean:
	rm -rf $(VENV) build dist site *.egg-info
