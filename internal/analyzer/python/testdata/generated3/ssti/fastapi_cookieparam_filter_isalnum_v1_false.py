# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=fastapi source=cookieparam propagation=filter_isalnum sink=v1 expected=false
import jinja2

from fastapi import FastAPI, Cookie, Request

app = FastAPI()


@app.get("/00269")
def benchmark_test_00269(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = "".join(filter(str.isalnum, param))
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()
    return {"result": str(result)}
