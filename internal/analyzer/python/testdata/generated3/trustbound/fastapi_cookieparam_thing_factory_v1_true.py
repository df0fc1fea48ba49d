# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=cookieparam propagation=thing_factory sink=v1 expected=true
from fastapi import FastAPI, Cookie, Request

app = FastAPI()


class Thing:
    def do_something(self, value):
        return value


def make_thing():
    return Thing()


@app.get("/00597")
def benchmark_test_00597(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    thing = make_thing()
    bar = thing.do_something(param)
    request.session[bar] = "10340"  # want: PY-TRUST-BOUNDARY
    result = True
    return {"result": str(result)}
