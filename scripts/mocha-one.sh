#!/usr/bin/env bash
# Run only the given test files (mocha adds CLI paths to .mocharc's spec instead of replacing it).
exec npx mocha --no-config --node-option import=tsx --require test/support/setup.ts --timeout 60000 --exit "$@"
