# generated case (gen_cases4): category=ssti rule=PY-SSTI fw=fastapi source=headerparam shape=init_other_attr sink=v0 expected=false
import jinja2

from fastapi import FastAPI, Header, Request

app = FastAPI()


class Holder:
    def __init__(self, value):
        self._value = value
        self._label = "static-label"

    def value(self):
        return self._value

    def label(self):
        return self._label


@app.get("/00005")
def benchmark_test_00005(request: Request, referer: str = Header("")):
    param = referer
    bar = Holder(param).label()
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()
    return {"result": str(result)}
