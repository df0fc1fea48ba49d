# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=fastapi source=headerparam propagation=thing_factory sink=v3 expected=true
import base64
import io
import pickle

from fastapi import FastAPI, Header, Request

app = FastAPI()


class Thing:
    def do_something(self, value):
        return value


def make_thing():
    return Thing()


@app.get("/00529")
def benchmark_test_00529(request: Request, referer: str = Header("")):
    param = referer
    thing = make_thing()
    bar = thing.do_something(param)
    obj = pickle.load(io.BytesIO(base64.b64decode(bar)))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": str(result)}
