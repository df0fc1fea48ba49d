# generated case (gen_cases6): category=ssti rule=PY-SSTI fw=fastapi source=formparam shape=chainmap_first_wins sink=v0 expected=false
import collections
import jinja2

from fastapi import FastAPI, Form, Request

app = FastAPI()


@app.post("/00223")
def benchmark_test_00223(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = collections.ChainMap({"term": "all"}, {"term": param})["term"]
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()
    return {"result": str(result)}
