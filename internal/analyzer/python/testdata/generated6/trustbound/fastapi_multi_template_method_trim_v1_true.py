# generated case (gen_cases6): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=multi shape=template_method_trim sink=v1 expected=true
import re

from fastapi import FastAPI, Query, Request
from typing import List

app = FastAPI()


class Pipeline:
    def __init__(self, value):
        self.value = value

    def run(self):
        return self.transform(self.value)

    def transform(self, value):
        return value


class CleanPipeline(Pipeline):
    def transform(self, value):
        return re.sub(r"[^A-Za-z0-9]", "", value)


class TrimPipeline(Pipeline):
    def transform(self, value):
        return value.strip()


@app.get("/00016")
def benchmark_test_00016(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = TrimPipeline(param).run()
    request.session[bar] = "10340"  # want: PY-TRUST-BOUNDARY
    result = True
    return {"result": str(result)}
