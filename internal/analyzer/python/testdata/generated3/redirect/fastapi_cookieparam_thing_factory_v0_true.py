# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=cookieparam propagation=thing_factory sink=v0 expected=true
from fastapi import FastAPI, Cookie, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


class Thing:
    def do_something(self, value):
        return value


def make_thing():
    return Thing()


@app.get("/00346")
def benchmark_test_00346(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    thing = make_thing()
    bar = thing.do_something(param)
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
