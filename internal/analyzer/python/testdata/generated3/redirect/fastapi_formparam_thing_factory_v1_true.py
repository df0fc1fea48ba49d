# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=formparam propagation=thing_factory sink=v1 expected=true
from fastapi import FastAPI, Form, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


class Thing:
    def do_something(self, value):
        return value


def make_thing():
    return Thing()


@app.post("/00304")
def benchmark_test_00304(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    thing = make_thing()
    bar = thing.do_something(param)
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
