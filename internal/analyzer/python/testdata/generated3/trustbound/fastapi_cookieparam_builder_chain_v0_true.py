# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=cookieparam propagation=builder_chain sink=v0 expected=true
from fastapi import FastAPI, Cookie, Request

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


@app.get("/00571")
def benchmark_test_00571(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = Builder().set_value(param).get_value()
    request.session["userid"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return {"result": str(result)}
