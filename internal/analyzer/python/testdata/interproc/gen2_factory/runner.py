# gen2_factory: shell runner; run() is reached with request data, run_quoted() quotes it
import os
import shlex


class Runner:
    def __init__(self, prefix):
        self.prefix = prefix

    def run(self, arg):
        return os.system(self.prefix + " " + arg)  # want: PY-CMDI

    def run_quoted(self, arg):
        return os.system(self.prefix + " " + shlex.quote(arg))  # safe: PY-CMDI

    def run_fixed(self, arg):
        return os.system(self.prefix + " --version")  # safe: PY-CMDI


def make_runner(tool="ping -c 1"):
    return Runner(tool)
