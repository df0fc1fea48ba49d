# generated case (gen_cases6): category=ssti rule=PY-SSTI fw=fastapi source=formparam shape=base_reads_sub_const sink=v0 expected=false
import jinja2

from fastapi import FastAPI, Form, Request

app = FastAPI()


class BaseQuery:
    def render(self):
        return self.prefix() + self.term

    def prefix(self):
        return ""


class TermQuery(BaseQuery):
    def __init__(self, term):
        self.term = term


class FixedQuery(BaseQuery):
    def __init__(self, term):
        self.raw_term = term
        self.term = "all"


@app.post("/00005")
def benchmark_test_00005(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = FixedQuery(param).render()
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()
    return {"result": str(result)}
