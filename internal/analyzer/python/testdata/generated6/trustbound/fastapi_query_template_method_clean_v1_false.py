# generated case (gen_cases6): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=query shape=template_method_clean sink=v1 expected=false
import re

from fastapi import FastAPI, Request

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


@app.get("/00014")
def benchmark_test_00014(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = CleanPipeline(param).run()
    request.session[bar] = "10340"
    result = True
    return {"result": str(result)}
