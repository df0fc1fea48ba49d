# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=pathparam propagation=thing_factory sink=v2 expected=true
from fastapi import FastAPI, Request

app = FastAPI()


class Thing:
    def do_something(self, value):
        return value


def make_thing():
    return Thing()


@app.get("/00148/{test_id}")
def benchmark_test_00148(request: Request, test_id: str):
    param = test_id
    thing = make_thing()
    bar = thing.do_something(param)
    result = eval(compile(bar, "<benchmark>", "eval"))  # want: PY-CODE-INJECTION
    return {"result": str(result)}
