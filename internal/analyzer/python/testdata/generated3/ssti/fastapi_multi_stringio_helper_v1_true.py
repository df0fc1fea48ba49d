# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=fastapi source=multi propagation=stringio (helper class) sink=v1 expected=true
import io
import jinja2

from fastapi import FastAPI, Query, Request
from typing import List

app = FastAPI()


class Test:
    def do_something(self, request, param):
        buf = io.StringIO()
        buf.write(param)
        bar = buf.getvalue()
        return bar


@app.get("/00260")
def benchmark_test_00260(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = Test().do_something(request, param)
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()  # want: PY-SSTI
    return {"result": str(result)}
