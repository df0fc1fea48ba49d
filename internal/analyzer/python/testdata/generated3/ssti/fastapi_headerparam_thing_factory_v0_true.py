# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=fastapi source=headerparam propagation=thing_factory sink=v0 expected=true
import jinja2

from fastapi import FastAPI, Header, Request

app = FastAPI()


class Thing:
    def do_something(self, value):
        return value


def make_thing():
    return Thing()


@app.get("/00284")
def benchmark_test_00284(request: Request, referer: str = Header("")):
    param = referer
    thing = make_thing()
    bar = thing.do_something(param)
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()  # want: PY-SSTI
    return {"result": str(result)}
