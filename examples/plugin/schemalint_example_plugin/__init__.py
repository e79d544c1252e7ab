"""An example schemalint plugin (see README.md)."""

import os

#: the ruleset this plugin contributes (entry point schemalint.rulesets:example)
RULESET_PATH = os.path.join(os.path.dirname(__file__), "example-ruleset.yaml")
