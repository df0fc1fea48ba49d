# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=fastapi source=cookieparam propagation=replace_braces (helper class) sink=v0 expected=true
import jinja2

from fastapi import FastAPI, Cookie, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = param.replace("{{", "").replace("}}", "")
        return bar


@app.get("/00305")
def benchmark_test_00305(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = Test().do_something(request, param)
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()  # want: PY-SSTI
    return {"result": str(result)}
