# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=fastapi source=cookie propagation=passthrough (helper class) sink=safe0 expected=false
import jinja2

from fastapi import FastAPI, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


@app.get("/00315")
def benchmark_test_00315(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = Test().do_something(request, param)
    result = jinja2.Template("<p>Hello {{ name }}</p>").render(name=bar)
    return {"result": str(result)}
