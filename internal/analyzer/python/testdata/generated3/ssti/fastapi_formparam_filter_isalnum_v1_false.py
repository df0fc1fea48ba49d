# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=fastapi source=formparam propagation=filter_isalnum sink=v1 expected=false
import jinja2

from fastapi import FastAPI, Form, Request

app = FastAPI()


@app.post("/00302")
def benchmark_test_00302(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = "".join(filter(str.isalnum, param))
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()
    return {"result": str(result)}
