# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=fastapi source=query propagation=builder_chain sink=v0 expected=true
import os

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


@app.get("/00104")
def benchmark_test_00104(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = Builder().set_value(param).get_value()
    result = os.system("echo " + bar)  # want: PY-CMDI
    return {"result": str(result)}
