# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=fastapi source=cookie propagation=list_remove_value_taint (helper class) sink=v0 expected=true
import jinja2

from fastapi import FastAPI, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        values_list = ["safe", param, "moresafe"]
        values_list.remove(values_list[0])
        bar = values_list[0]
        return bar


@app.get("/00281")
def benchmark_test_00281(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = Test().do_something(request, param)
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()  # want: PY-SSTI
    return {"result": str(result)}
