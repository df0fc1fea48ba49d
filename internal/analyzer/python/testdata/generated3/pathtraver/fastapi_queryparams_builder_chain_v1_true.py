# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=queryparams propagation=builder_chain sink=v1 expected=true
from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


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


@app.get("/00186")
def benchmark_test_00186(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = Builder().set_value(param).get_value()
    with open(BASE_DIR + bar, "rb") as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return {"result": str(result)}
