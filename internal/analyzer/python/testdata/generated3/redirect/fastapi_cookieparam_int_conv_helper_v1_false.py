# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=cookieparam propagation=int_conv (helper class) sink=v1 expected=false
from fastapi import FastAPI, Cookie, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = str(int(param))
        return bar


@app.get("/00301")
def benchmark_test_00301(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = Test().do_something(request, param)
    return RedirectResponse(bar)
