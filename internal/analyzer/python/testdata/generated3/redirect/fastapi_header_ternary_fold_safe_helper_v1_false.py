# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=header propagation=ternary_fold_safe (helper class) sink=v1 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


class Test:
    def do_something(self, request, param):
        num = 106
        bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
        return bar


@app.get("/00319")
def benchmark_test_00319(request: Request):
    param = request.headers.get("referer", "")
    bar = Test().do_something(request, param)
    return RedirectResponse(bar)
