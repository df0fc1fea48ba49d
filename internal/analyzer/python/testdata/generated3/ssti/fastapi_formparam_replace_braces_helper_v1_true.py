# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=fastapi source=formparam propagation=replace_braces (helper class) sink=v1 expected=true
import jinja2

from fastapi import FastAPI, Form, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = param.replace("{{", "").replace("}}", "")
        return bar


@app.post("/00272")
def benchmark_test_00272(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = Test().do_something(request, param)
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()  # want: PY-SSTI
    return {"result": str(result)}
