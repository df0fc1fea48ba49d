# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=fastapi source=formparam propagation=try_int_fallback sink=v1 expected=false
import jinja2

from fastapi import FastAPI, Form, Request

app = FastAPI()


@app.post("/00290")
def benchmark_test_00290(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    try:
        bar = str(int(param))
    except ValueError:
        bar = "0"
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()
    return {"result": str(result)}
