# gen2_factory_quoted_only: run_quoted() quotes its argument; prefix is a constant
import os
import shlex


class Runner:
    def __init__(self, prefix):
        self.prefix = prefix

    def run_quoted(self, arg):
        return os.system(self.prefix + " " + shlex.quote(arg))  # safe: PY-CMDI


def make_runner(tool="ping -c 1"):
    return Runner(tool)
