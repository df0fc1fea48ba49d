# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=header propagation=ternary_fold_safe (helper class) sink=v0 expected=false
from fastapi import FastAPI, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        num = 106
        bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
        return bar


@app.get("/00570")
def benchmark_test_00570(request: Request):
    param = request.headers.get("referer", "")
    bar = Test().do_something(request, param)
    request.session["userid"] = bar
    result = True
    return {"result": str(result)}
