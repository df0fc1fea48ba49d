# generated case (gen_cases6): category=cmdi rule=PY-CMDI fw=fastapi source=queryparams shape=base_reads_sub_attr sink=v2 expected=true
import subprocess

from fastapi import FastAPI, Request

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


@app.get("/00003")
def benchmark_test_00003(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = TermQuery(param).render()
    proc = subprocess.Popen(["/bin/sh", "-c", "echo " + bar], stdout=subprocess.PIPE)  # want: PY-CMDI
    result = proc.communicate()[0]
    return {"result": str(result)}
