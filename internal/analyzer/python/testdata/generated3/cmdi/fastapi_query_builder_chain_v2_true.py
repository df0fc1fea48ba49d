# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=fastapi source=query propagation=builder_chain sink=v2 expected=true
import subprocess

from fastapi import FastAPI, Request

app = FastAPI()


class Builder:
    def __init__(self):
        self.other = "safe"

    def set_value(self, value):
        self.value = value
        return self

    def get_value(self):
        return self.value

    def get_other(self):
        return self.other


@app.get("/00113")
def benchmark_test_00113(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = Builder().set_value(param).get_value()
    proc = subprocess.Popen(["/bin/sh", "-c", "echo " + bar], stdout=subprocess.PIPE)  # want: PY-CMDI
    result = proc.communicate()[0]
    return {"result": str(result)}
