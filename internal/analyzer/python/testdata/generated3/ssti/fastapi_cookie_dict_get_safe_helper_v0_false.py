# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=fastapi source=cookie propagation=dict_get_safe (helper class) sink=v0 expected=false
import jinja2

from fastapi import FastAPI, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        m = {}
        m["keyA-55"] = "a-Value"
        m["keyB-55"] = param
        m["keyC"] = "another-Value"
        bar = m["keyA-55"]
        return bar


@app.get("/00269")
def benchmark_test_00269(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = Test().do_something(request, param)
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()
    return {"result": str(result)}
