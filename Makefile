# Two commands on a fresh machine: `make demo` (crawl + index the demo portals, open the UI)
# and `make test`. The targets beneath them run each step alone.
SHELL := /bin/bash
PY := .venv/bin/python
BULLETIN := .venv/bin/bulletin
STAMP := .venv/.installed
DATA ?= data
DEMO_PORT ?= 8731
UI_PORT ?= 8501
export BULLETIN_DATA_DIR := $(abspath $(DATA))

.PHONY: demo install system-packages model demo-data ui test test-es lint bench bench-scale clean-demo

demo: demo-data ## crawl + index the demo portals, then start the UI
	$(BULLETIN) ui --port $(UI_PORT)

# Debian tools for scanned and legacy attachments: OCR in Vietnamese, PDF page rendering,
# old Word files, and the DejaVu fonts the OCR tests draw Vietnamese with. Without them
# those attachments are quarantined with the reason, and their tests skip saying why.
APT_PACKAGES := tesseract-ocr tesseract-ocr-vie poppler-utils antiword catdoc fonts-dejavu-core

# torch first: pip takes the CPU wheel on disk for this exact pin (see STACK.md).
$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv .venv
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

install: $(STAMP) system-packages

system-packages: ## apt-get install the OCR and legacy-format tools (a warning if it cannot)
	@missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing \
	    >/dev/null) || echo "warning: could not install $$missing: scans and .doc files will be quarantined"; \
	else \
	  echo "warning: missing $$missing (run: sudo apt-get install $$missing);" \
	       "scans and .doc files will be quarantined"; \
	fi

model: install ## the default embedding model folder (built once, offline)
	$(BULLETIN) build-model

demo-data: model ## crawl the demo portals over HTTP into WARC and index them (incremental)
	@set -e; \
	$(PY) demo/serve.py --port $(DEMO_PORT) > /dev/null 2>&1 & server=$$!; \
	trap "kill $$server 2>/dev/null" EXIT; \
	for _ in $$(seq 50); do curl -s -o /dev/null http://127.0.0.1:$(DEMO_PORT)/ && break; sleep 0.1; done; \
	$(BULLETIN) crawl --profiles demo/profiles --proxy http://127.0.0.1:$(DEMO_PORT) \
	  --allow-private --no-throttle; \
	$(BULLETIN) index

ui: install ## the Streamlit UI over DATA
	$(BULLETIN) ui --port $(UI_PORT)

lint: install
	$(PY) -m ruff check .

test: install lint ## the whole test suite (builds the model and a demo archive once)
	$(PY) -m pytest

test-es: install ## the store contract suite against the cluster at ES_URL
	@test -n "$$ES_URL" || { echo 'set ES_URL (see docs/elasticsearch.md)'; exit 2; }
	$(PY) -m pytest tests/test_store_contract.py -k elasticsearch -v

bench: model ## speed and search-quality benchmarks, results under bench/results/
	$(PY) -m bench.run

SCALE_DOCS ?= 1000000
bench-scale: model ## on demand, not in CI: SCALE_DOCS synthetic pages, build + search figures
	$(PY) -m bench.scale --docs $(SCALE_DOCS)

clean-demo:
	rm -rf $(DATA)/warc $(DATA)/store $(DATA)/crawl-state $(DATA)/reports
