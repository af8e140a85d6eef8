#!/usr/bin/env bash
# Reproduces python/unittest-failed-summary: unittest's closing line after failures and errors.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
enter_work_dir
printf 'import unittest\nclass T(unittest.TestCase):\n    def test_a(self):\n        self.assertEqual(1, 2)\n' > test_x.py
python3 -m unittest test_x 2>&1
printf 'import unittest\nclass T(unittest.TestCase):\n    def test_a(self):\n        import nosuchmod\n    @unittest.skip("x")\n    def test_b(self):\n        pass\n' > test_y.py
python3 -m unittest test_y 2>&1
