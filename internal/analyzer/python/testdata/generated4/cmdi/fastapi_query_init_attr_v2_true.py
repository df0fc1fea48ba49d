# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=fastapi source=query shape=init_attr sink=v2 expected=true
import subprocess

from fastapi import FastAPI, Request

app = FastAPI()


class Holder:
    def __init__(self, value):
        self._value = value
        self._label = "static-label"

    def value(self):
        return self._value

    def label(self):
        return self._label


@app.get("/00003")
def benchmark_test_00003(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = Holder(param).value()
    proc = subprocess.Popen(["/bin/sh", "-c", "echo " + bar], stdout=subprocess.PIPE)  # want: PY-CMDI
    result = proc.communicate()[0]
    return {"result": str(result)}
