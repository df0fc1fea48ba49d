# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=multi propagation=builder_chain sink=v1 expected=true
from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse
from typing import List

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


@app.get("/00222")
def benchmark_test_00222(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = Builder().set_value(param).get_value()
    return HTMLResponse(f"<p>Formatted like: {bar}</p>")  # want: PY-XSS
