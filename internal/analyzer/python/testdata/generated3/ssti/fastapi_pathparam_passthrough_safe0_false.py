# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=fastapi source=pathparam propagation=passthrough (helper class) sink=safe0 expected=false
import jinja2

from fastapi import FastAPI, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


@app.get("/00301/{test_id}")
def benchmark_test_00301(request: Request, test_id: str):
    param = test_id
    bar = Test().do_something(request, param)
    result = jinja2.Template("<p>Hello {{ name }}</p>").render(name=bar)
    return {"result": str(result)}
